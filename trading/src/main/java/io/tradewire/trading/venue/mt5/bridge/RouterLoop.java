package io.tradewire.trading.venue.mt5.bridge;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

/**
 * The one ROUTER socket, owned by one platform thread: JeroMQ sockets are not thread-safe and
 * must never be interrupted, so callers only put frames on a queue and wake the thread through a
 * pipe the poller watches. Every send is non-blocking; a frame for a terminal that is not
 * connected is dropped (ROUTER_MANDATORY makes that visible) and the caller's resend or expiry
 * takes care of it. Inbound frames go to {@code inbound} on this thread, which must not block.
 */
final class RouterLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RouterLoop.class);

    private record Outgoing(byte[] identity, byte[] payload) {
    }

    private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
    private final Pipe wake;
    private final Thread thread;
    private final CountDownLatch bound = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile String endpoint;
    private volatile RuntimeException startFailure;

    /**
     * Binds {@code bind}; with CURVE keys (the server's public and secret key, 32 bytes each)
     * the socket is a CURVE server and only clients that know its public key can talk to it.
     */
    RouterLoop(String bind, @Nullable byte[][] curveKeys, BiConsumer<byte[], String> inbound) {
        try {
            wake = Pipe.open();
            wake.source().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofPlatform().name("mt5-router").daemon().start(() -> run(bind, curveKeys, inbound));
        try {
            bound.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding the MT5 socket", e);
        }
        if (startFailure != null) {
            throw startFailure;
        }
    }

    /** The endpoint actually bound (with the port filled in when the bind asked for any). */
    String endpoint() {
        return endpoint;
    }

    /** Queues one frame for a terminal; safe from any thread. */
    void send(byte[] identity, String json) {
        outbox.add(new Outgoing(identity, json.getBytes(StandardCharsets.UTF_8)));
        try {
            wake.sink().write(ByteBuffer.wrap(new byte[] {1}));
        } catch (IOException e) {
            LOG.warn("could not wake the MT5 socket thread", e);
        }
    }

    private void run(String bind, byte[][] curveKeys, BiConsumer<byte[], String> inbound) {
        try (ZContext ctx = new ZContext(1)) {
            ZMQ.Socket router = ctx.createSocket(SocketType.ROUTER);
            router.setLinger(0);
            router.setRouterMandatory(true);
            router.setRouterHandover(true); // a terminal that reconnects under its id takes its session back
            router.setSndHWM(10_000);
            router.setRcvHWM(10_000);
            if (curveKeys != null) {
                router.setCurveServer(true);
                router.setCurvePublicKey(curveKeys[0]);
                router.setCurveSecretKey(curveKeys[1]);
            }
            try {
                router.bind(bind);
                endpoint = router.getLastEndpoint();
            } catch (ZMQException e) {
                startFailure = new IllegalStateException("tradewire.mt5.bind: cannot bind " + bind + ": " + e.getMessage(), e);
                return;
            } finally {
                bound.countDown();
            }
            ZMQ.Poller poller = ctx.createPoller(2);
            poller.register(router, ZMQ.Poller.POLLIN);
            poller.register(wake.source(), ZMQ.Poller.POLLIN);
            ByteBuffer drain = ByteBuffer.allocate(256);
            while (running && !Thread.currentThread().isInterrupted()) {
                poller.poll(200);
                if (poller.pollin(1)) {
                    drainWake(drain);
                }
                flushOutbox(router);
                receiveAll(router, inbound);
            }
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("the MT5 socket thread stopped", e);
            }
        } finally {
            bound.countDown();
        }
    }

    private void drainWake(ByteBuffer buf) {
        try {
            while (wake.source().read(buf.clear()) > 0) {
                // the bytes only wake the poller
            }
        } catch (IOException e) {
            LOG.warn("could not read the MT5 wake pipe", e);
        }
    }

    private void flushOutbox(ZMQ.Socket router) {
        for (Outgoing o = outbox.poll(); o != null; o = outbox.poll()) {
            try {
                if (!router.send(o.identity, ZMQ.SNDMORE | ZMQ.DONTWAIT) || !router.send(o.payload, ZMQ.DONTWAIT)) {
                    LOG.debug("frame for a terminal that is not connected dropped (errno {})", router.errno());
                }
            } catch (ZMQException e) {
                LOG.debug("frame for a terminal that is not connected dropped: {}", e.getMessage());
            }
        }
    }

    /** Reads every waiting message, so a burst is never left behind until the next wake-up. */
    private void receiveAll(ZMQ.Socket router, BiConsumer<byte[], String> inbound) {
        while (true) {
            byte[] identity = router.recv(ZMQ.DONTWAIT);
            if (identity == null) {
                return;
            }
            byte[] payload = router.hasReceiveMore() ? router.recv(0) : null;
            while (router.hasReceiveMore()) {
                router.recv(0); // a frame is one part; extra parts are not ours to read
            }
            if (payload == null) {
                continue;
            }
            try {
                inbound.accept(identity, new String(payload, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                LOG.warn("an MT5 frame could not be handled", e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            wake.sink().write(ByteBuffer.wrap(new byte[] {0}));
        } catch (IOException e) {
            // the thread also wakes on its poll timeout
        }
        try {
            thread.join(5_000);
            wake.sink().close();
            wake.source().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("closing the wake pipe", e);
        }
    }
}
