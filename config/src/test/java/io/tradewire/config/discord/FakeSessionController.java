package io.tradewire.config.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

import javax.annotation.Nonnull;

/**
 * JDA asks its session controller, not the REST API, for the gateway URL (a single JDA never calls GET
 * gateway/bot), and spaces IDENTIFYs 5 s apart through it; this one answers the fake's URL and spaces nothing, so
 * a re-IDENTIFY in a test takes JDA's own 2 s back-off and no more.
 */
final class FakeSessionController extends SessionControllerAdapter {
    private final String gateway;

    FakeSessionController(String gateway) {
        this.gateway = gateway;
    }

    @Nonnull
    @Override
    public String getGateway() {
        return gateway;
    }

    @Nonnull
    @Override
    public ShardedGateway getShardedGateway(@Nonnull JDA api) {
        return new ShardedGateway(gateway, 1);
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new QueueWorker(0L);
                workerHandle.start();
            }
        }
    }
}
