package io.tradewire.trading.venue.mt5.standin;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.FrameCodec;
import io.tradewire.trading.venue.mt5.protocol.FrameException;
import io.tradewire.trading.venue.mt5.protocol.Kind;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Status;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A MetaTrader 5 terminal with the Tradewire EA, in Java: a DEALER that connects out, says
 * hello with its link token, sends a heartbeat every interval, and answers requests as
 * mt5/TradewireBridge.mq5 does (a repeat of a request id from {@link ReplyMemory}, an expired
 * request with "expired", never run). For tests it can lose replies, run late, or go away.
 */
public final class StandInTerminal implements AutoCloseable {
    /** Where to connect and how; {@code serverKey} is the server's CURVE public key (Z85), or null. */
    public record Options(String endpoint, String token, Duration heartbeat, @Nullable String serverKey) {
    }

    private final Options options;
    private final SimAccount account;
    private final ReplyMemory memory;
    private final Clock clock;
    private final StandInOps ops;
    private final Map<Op, AtomicInteger> dropReplies = new EnumMap<>(Op.class);
    private final Map<Op, AtomicInteger> seen = new EnumMap<>(Op.class);
    private final AtomicInteger repeats = new AtomicInteger();
    private final String identity = "standin-" + UUID.randomUUID();
    private volatile Duration lag = Duration.ZERO;
    private volatile boolean linked;
    private volatile boolean running = true;
    private volatile String refusal;
    private volatile Consumer<String> log = s -> { };
    private Duration offset = Duration.ZERO;
    private Instant nextHello;
    /** heartbeats to wait before saying hello again after a refused token (the EA waits 30 s) */
    private static final int REFUSED_BACKOFF = 30;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(3);
    private Thread thread;
    private static ZContext shared;

    public StandInTerminal(Options options, SimAccount account, ReplyMemory memory, Clock clock) {
        this.options = options;
        this.account = account;
        this.memory = memory;
        this.clock = clock;
        this.ops = new StandInOps(account);
        for (Op op : Op.values()) {
            dropReplies.put(op, new AtomicInteger());
            seen.put(op, new AtomicInteger());
        }
    }

    /** Connects and starts its loop (the EA's OnTimer) on its own thread. */
    public StandInTerminal start() {
        thread = Thread.ofPlatform().name("mt5-standin").daemon().start(() -> {
            try {
                loop();
            } catch (RuntimeException e) {
                log.accept("the terminal loop stopped: " + e);
                throw e;
            }
        });
        return this;
    }

    /** Receives each line the terminal would print in its Experts log. */
    public StandInTerminal log(Consumer<String> sink) {
        this.log = sink;
        return this;
    }

    /** Runs the next {@code n} requests of {@code op} but loses their replies (the network ate them). */
    public void dropReplies(Op op, int n) {
        dropReplies.get(op).set(n);
    }

    /** Handles requests as if {@code d} later (a frozen terminal): what expired by then is refused. */
    public void lag(Duration d) {
        this.lag = d;
    }

    public boolean linked() {
        return linked;
    }

    /** Why the last hello was refused, or null. */
    public String refusal() {
        return refusal;
    }

    /** Requests of {@code op} received, repeats included. */
    public int seen(Op op) {
        return seen.get(op).get();
    }

    /** Repeated request ids answered from memory without running them again. */
    public int repeatsAnswered() {
        return repeats.get();
    }

    public SimAccount account() {
        return account;
    }

    private void loop() {
        ZContext ctx = context();
        ZMQ.Socket dealer = open(ctx);
        Instant nextBeat = clock.instant();
        nextHello = clock.instant();
        Instant unanswered = clock.instant(); // since when our hellos go unanswered
        try {
            while (running) {
                Instant now = clock.instant();
                if (!linked && refusal == null && Duration.between(unanswered, now).compareTo(RECONNECT_AFTER) > 0) {
                    // no answer to any hello for a while: start over on a new connection (JeroMQ in one
                    // JVM with many contexts has been seen to lose a connection's first frames)
                    ctx.destroySocket(dealer);
                    dealer = open(ctx);
                    unanswered = now;
                    log.accept("no answer to hello: reconnected");
                }
                if (linked) {
                    unanswered = now;
                }
                if (!linked && !now.isBefore(nextHello)) {
                    send(dealer, hello(now));
                    nextHello = now.plus(options.heartbeat());
                }
                if (linked && !now.isBefore(nextBeat)) {
                    send(dealer, heartbeat(now));
                    nextBeat = now.plus(options.heartbeat());
                }
                long wait = Math.max(1, Duration.between(clock.instant(), linked ? nextBeat : nextHello).toMillis());
                ZMQ.Poller poller = ctx.createPoller(1);
                try {
                    poller.register(dealer, ZMQ.Poller.POLLIN);
                    poller.poll(Math.min(wait, 100));
                } finally {
                    poller.close();
                }
                // timer events merge: read everything that is waiting, not one message per wake-up
                for (byte[] msg = dealer.recv(ZMQ.DONTWAIT); msg != null; msg = dealer.recv(ZMQ.DONTWAIT)) {
                    handle(dealer, new String(msg, StandardCharsets.UTF_8));
                }
            }
        } finally {
            ctx.destroySocket(dealer);
        }
    }

    private ZMQ.Socket open(ZContext ctx) {
        ZMQ.Socket dealer = ctx.createSocket(SocketType.DEALER);
        dealer.setIdentity(identity.getBytes(StandardCharsets.UTF_8));
        dealer.setLinger(0);
        dealer.setImmediate(true); // nothing queues for a connection that is not up
        dealer.setReconnectIVL(200);
        if (options.serverKey() != null) {
            ZMQ.Curve.KeyPair mine = ZMQ.Curve.generateKeyPair();
            dealer.setCurvePublicKey(ZMQ.Curve.z85Decode(mine.publicKey));
            dealer.setCurveSecretKey(ZMQ.Curve.z85Decode(mine.secretKey));
            dealer.setCurveServerKey(ZMQ.Curve.z85Decode(options.serverKey()));
        }
        dealer.connect(options.endpoint());
        return dealer;
    }

    /**
     * One context for every stand-in in this JVM: JeroMQ 0.6.0 loses the first connection of a
     * new context after others were closed (seen in RouterLoopTest's history), so stand-ins share
     * one and only close their own socket. A real terminal is one process with one context anyway.
     */
    private static synchronized ZContext context() {
        if (shared == null) {
            shared = new ZContext(1);
        }
        return shared;
    }

    private void handle(ZMQ.Socket dealer, String text) {
        Frame f;
        try {
            f = FrameCodec.decode(text);
        } catch (FrameException e) {
            log.accept("malformed frame dropped: " + e.getMessage());
            return;
        }
        Instant now = clock.instant();
        if (f.kind() == Kind.REPLY && f.op() == Op.HELLO) {
            if (f.status() == Status.OK) {
                linked = true;
                refusal = null;
                offset = Duration.between(now, Instant.parse(f.fields().text("server_time")));
                log.accept("linked: " + f.fields().optText("message").orElse(""));
            } else {
                refusal = f.fields().optText("message").orElse(f.status().wire());
                log.accept("hello refused: " + refusal);
                // a wrong token stays wrong until someone pastes the new one: do not hammer the server
                nextHello = now.plus(options.heartbeat().multipliedBy(REFUSED_BACKOFF));
            }
            return;
        }
        if (f.kind() == Kind.EVENT && f.op() == Op.HELLO) {
            linked = false; // Tradewire no longer knows this connection: introduce ourselves again
            return;
        }
        if (f.kind() != Kind.REQUEST) {
            return;
        }
        seen.get(f.op()).incrementAndGet();
        String reply = memory.get(f.id()).orElse(null);
        if (reply != null) {
            repeats.incrementAndGet();
        } else {
            // judged on Tradewire's time (the offset learnt at hello), as late as a frozen terminal would see it
            Instant judged = now.plus(offset).plus(lag);
            Frame answer = f.op().trades() && f.expiredAt(judged)
                    ? f.reply(now, Status.EXPIRED, 0, true, "received after it expired at " + f.expires()
                    + "; not run", Map.of())
                    : ops.run(f, now);
            reply = FrameCodec.encode(answer);
            if (f.op().trades()) {
                memory.put(f.id(), reply);
                log.accept(f.op().wire() + " " + f.fields().optText("symbol").orElse("") + " -> "
                        + answer.fields().text("status") + " " + answer.fields().optText("message").orElse(""));
            }
        }
        if (dropReplies.get(f.op()).getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return;
        }
        send(dealer, reply);
    }

    private String hello(Instant now) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("token", options.token());
        b.put("login", account.login());
        b.put("server", account.server());
        b.put("currency", account.currency());
        b.put("margin_mode", account.mode() == SimAccount.Mode.HEDGING ? "hedging" : "netting");
        b.put("connected", account.connected());
        b.put("trade_allowed", account.tradeAllowed());
        b.put("ea_version", "standin-1");
        return FrameCodec.encode(Frame.request("hello-" + UUID.randomUUID(), Op.HELLO, now,
                now.plus(options.heartbeat().multipliedBy(5)), b));
    }

    private String heartbeat(Instant now) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("connected", account.connected());
        b.put("trade_allowed", account.tradeAllowed());
        b.put("balance", account.balance().toPlainString());
        b.put("equity", account.equity().toPlainString());
        b.put("margin_free", account.freeMargin().toPlainString());
        b.put("positions", account.positions().size());
        return FrameCodec.encode(Frame.event("hb-" + UUID.randomUUID(), Op.HEARTBEAT, now, b));
    }

    private static void send(ZMQ.Socket dealer, String text) {
        dealer.send(text.getBytes(StandardCharsets.UTF_8), ZMQ.DONTWAIT); // never block the terminal
    }

    /** The terminal goes away: its socket closes; the account stays with the broker. */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
