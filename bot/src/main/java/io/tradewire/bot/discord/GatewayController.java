package io.tradewire.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

import javax.annotation.Nonnull;

/**
 * A gateway other than Discord's (a proxy, or the tests' fake): JDA takes the gateway address
 * from its session controller, not from the REST base URL, so DISCORD_GATEWAY_URL is handed over
 * here. IDENTIFYs are spaced by {@code spacingMillis} (Discord allows one per 5 s).
 */
final class GatewayController extends SessionControllerAdapter {
    private final String gateway;
    private final long spacingMillis;

    GatewayController(String gateway, long spacingMillis) {
        this.gateway = gateway;
        this.spacingMillis = spacingMillis;
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
                workerHandle = new QueueWorker(spacingMillis);
                workerHandle.start();
            }
        }
    }
}
