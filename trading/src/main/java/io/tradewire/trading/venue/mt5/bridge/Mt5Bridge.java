package io.tradewire.trading.venue.mt5.bridge;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.tradewire.trading.execution.ExecutionConfig;
import io.tradewire.trading.venue.mt5.Mt5Config;
import io.tradewire.trading.venue.mt5.Mt5ConfigCheck;
import io.tradewire.trading.venue.mt5.link.AccountEvents;
import io.tradewire.trading.venue.mt5.link.Mt5LinkRotated;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.FrameCodec;
import io.tradewire.trading.venue.mt5.protocol.FrameException;
import io.tradewire.trading.venue.mt5.protocol.Kind;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Status;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tradewire's end of the bridge: binds the ROUTER socket at start, links terminals by their
 * hello, tracks heartbeats, and sends requests with an expiry, resending the same frame (same
 * id) until the reply comes or the request is dead. Replies complete their caller on the socket
 * thread; hellos and heartbeats are handled in order on one dispatcher thread (they touch the
 * database), and a sweeper turns liveness changes into account events.
 */
@Context
@Singleton
@Requires(property = "tradewire.mt5.enabled", value = "true")
public class Mt5Bridge implements ApplicationEventListener<Mt5LinkRotated> {
    private static final Logger LOG = LoggerFactory.getLogger(Mt5Bridge.class);

    private final Mt5Config config;
    private final Mt5Links links;
    private final AccountEvents events;
    private final Clock clock;
    private final Terminals terminals;
    private final Map<String, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mt5-dispatch").daemon().factory());
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("mt5-liveness").daemon().factory());
    private final String idPrefix = "tw-" + Long.toHexString(new SecureRandom().nextLong() >>> 16) + "-";
    private final AtomicLong serial = new AtomicLong();
    private final RouterLoop loop;

    Mt5Bridge(Mt5Config config, ExecutionConfig execution, Mt5Links links, AccountEvents events, Clock clock) {
        Mt5ConfigCheck.check(config, execution.getVenueTimeout());
        this.config = config;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.terminals = new Terminals(config.getStaleAfter(), config.getDownAfter());
        byte[][] keys = Mt5ConfigCheck.curve(config) ? new byte[][] {ZMQ.Curve.z85Decode(config.getCurvePublicKey()),
                ZMQ.Curve.z85Decode(config.getCurveSecretKey())} : null;
        this.loop = new RouterLoop(config.getBind(), keys, this::inbound);
        long every = Math.max(20, Math.min(config.getHeartbeatInterval().toMillis(), config.getStaleAfter().toMillis() / 3));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        LOG.info("MT5 bridge listening on {} (CURVE {})", loop.endpoint(), keys != null ? "on" : "off");
    }

    /** The bound endpoint, e.g. tcp://127.0.0.1:5556. */
    public String endpoint() {
        return loop.endpoint();
    }

    /** The account's terminal as its hello and last heartbeat described it. */
    public Optional<Terminal> terminal(long accountId) {
        return terminals.terminal(accountId);
    }

    public Liveness liveness(long accountId) {
        return terminals.state(accountId, clock.instant());
    }

    /**
     * Sends a request and waits for its reply. Nothing is sent when the terminal is not up (for
     * a request that trades) or not linked at all. The request expires after request-ttl; until
     * then it is sent again under the same id every resend-after, and the EA answers a repeat
     * from memory, so a lost frame or reply never runs the operation twice.
     */
    public CallResult call(long accountId, Op op, Map<String, Object> body) {
        Instant now = clock.instant();
        Optional<String> held = op.trades() ? terminals.whyHeld(accountId, now)
                : terminals.terminal(accountId).isPresent() && terminals.state(accountId, now) != Liveness.DOWN
                ? Optional.empty() : terminals.whyHeld(accountId, now);
        if (held.isPresent()) {
            return new CallResult.Offline(held.get());
        }
        String id = idPrefix + serial.incrementAndGet();
        Instant expires = now.plus(config.getRequestTtl());
        String text = FrameCodec.encode(Frame.request(id, op, now, expires, body));
        CompletableFuture<Frame> reply = new CompletableFuture<>();
        pending.put(id, reply);
        // a reply written just before expiry still has to travel back: wait a little past it
        long deadline = System.nanoTime() + config.getRequestTtl().plus(grace()).toNanos();
        try {
            while (true) {
                if (!clock.instant().isAfter(expires)) {
                    terminals.terminal(accountId).ifPresent(t -> loop.send(t.identity(), text));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    return new CallResult.Answered(reply.get(Math.min(left, config.getResendAfter().toNanos()),
                            TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    // not yet: send the same frame again (the EA answers a repeat from memory)
                }
            }
            return new CallResult.NoAnswer("no reply from the terminal to " + op.wire() + " " + id
                    + " before it expired at " + expires);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CallResult.NoAnswer("interrupted while waiting for the reply to " + op.wire() + " " + id);
        } catch (ExecutionException e) {
            return new CallResult.NoAnswer("the reply to " + id + " could not be read: " + e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    private Duration grace() {
        return config.getResendAfter().compareTo(Duration.ofMillis(500)) < 0 ? config.getResendAfter()
                : Duration.ofMillis(500);
    }

    /** On the socket thread: replies complete their caller here; the rest goes to the dispatcher. */
    private void inbound(byte[] identity, String text) {
        Frame f;
        try {
            f = FrameCodec.decode(text);
        } catch (FrameException e) {
            // the frame text is not logged: a hello carries the link token
            LOG.warn("malformed frame from terminal {} dropped: {}", Terminals.key(identity), e.getMessage());
            return;
        }
        if (f.kind() == Kind.REPLY) {
            CompletableFuture<Frame> waiting = pending.get(f.id());
            if (waiting != null) {
                waiting.complete(f);
            } else {
                LOG.debug("late reply to {} dropped (its request already expired)", f.id());
            }
            return;
        }
        dispatcher.execute(() -> handle(identity, f));
    }

    private void handle(byte[] identity, Frame f) {
        try {
            if (f.kind() == Kind.REQUEST && f.op() == Op.HELLO) {
                hello(identity, f);
            } else if (f.kind() == Kind.EVENT && f.op() == Op.HEARTBEAT) {
                heartbeat(identity, f);
            } else if (f.kind() == Kind.REQUEST) {
                loop.send(identity, FrameCodec.encode(f.reply(clock.instant(), Status.REJECTED, 0, false,
                        "Tradewire answers only hello; " + f.op().wire() + " is a request Tradewire sends", Map.of())));
            }
        } catch (FrameException e) {
            LOG.warn("bad {} from terminal {}: {}", f.op().wire(), Terminals.key(identity), e.getMessage());
            if (f.kind() == Kind.REQUEST) {
                loop.send(identity, FrameCodec.encode(f.reply(clock.instant(), Status.REJECTED, 0, false,
                        e.getMessage(), Map.of())));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not handle {} from terminal {}", f.op().wire(), Terminals.key(identity), e);
        }
    }

    private void hello(byte[] identity, Frame f) {
        var b = f.fields();
        Optional<Long> account = links.accountForToken(b.text("token"));
        Instant now = clock.instant();
        if (account.isEmpty()) {
            LOG.warn("hello with an unknown link token from terminal {} refused", Terminals.key(identity));
            loop.send(identity, FrameCodec.encode(f.reply(now, Status.REJECTED, 0, false, "link token not recognised "
                    + "(rotated or mistyped): paste the account's current token into the EA's LinkToken input", Map.of())));
            return;
        }
        long id = account.get();
        String mode = b.text("margin_mode");
        if (!mode.equals("netting") && !mode.equals("hedging")) {
            throw new FrameException("body.margin_mode must be netting or hedging, got '" + mode + "'");
        }
        Terminal t = new Terminal(id, identity, b.text("login"), b.text("server"), mode.equals("hedging"), now, now,
                b.bool("connected"), b.bool("trade_allowed"), null, null, null, b.text("currency"));
        // recorded before the terminal is usable, so "linked" always precedes the sweeper's "up"
        links.recordTerminal(id, t.login(), t.server(), t.hedging());
        events.record(id, "terminal.linked", "MT5 terminal login " + t.login() + " on " + t.server() + " (" + mode
                + ") linked");
        terminals.link(t);
        loop.send(identity, FrameCodec.encode(f.reply(now, Status.OK, 0, false, "linked to account " + id,
                Map.of("account_id", String.valueOf(id), "server_time", now.toString(),
                        "heartbeat_ms", config.getHeartbeatInterval().toMillis()))));
    }

    private void heartbeat(byte[] identity, Frame f) {
        var b = f.fields();
        boolean known = terminals.heartbeat(identity, clock.instant(), b.bool("connected"), b.bool("trade_allowed"),
                b.decimal("balance"), b.decimal("equity"), b.decimal("margin_free"));
        if (!known) {
            // a connection we cannot place (token rotated, or this server restarted): ask for a hello
            loop.send(identity, FrameCodec.encode(Frame.event(idPrefix + serial.incrementAndGet(), Op.HELLO,
                    clock.instant(), Map.of("linked", false, "message", "not linked: send hello with the link token"))));
        }
    }

    private void sweep() {
        try {
            for (Terminals.Change c : terminals.sweep(clock.instant())) {
                events.record(c.accountId(), "terminal." + c.to().wire(), c.detail());
            }
        } catch (RuntimeException e) {
            LOG.warn("the MT5 liveness sweep failed; it runs again shortly", e);
        }
    }

    @Override
    public void onApplicationEvent(Mt5LinkRotated event) {
        terminals.unlink(event.accountId());
    }

    @PreDestroy
    void close() {
        sweeper.shutdownNow();
        dispatcher.shutdownNow();
        loop.close();
    }
}
