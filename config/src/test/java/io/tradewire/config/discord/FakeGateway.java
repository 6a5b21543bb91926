package io.tradewire.config.discord;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's gateway on 127.0.0.1, JSON text frames only (JDA must use {@code Compression.NONE}). One session at a
 * time: HELLO on connect, HEARTBEAT_ACK for every heartbeat, READY + GUILD_CREATE for IDENTIFY, RESUMED (or
 * INVALID_SESSION when resuming is switched off or the session is unknown) for RESUME.
 *
 * <p>Lock order: callers may hold the {@link FakeDiscord}'s lock when they call in here, so this class never takes
 * the fake's lock while holding its own (payloads from the fake are built before {@code synchronized}).
 */
final class FakeGateway extends WebSocketServer {
    static final int HEARTBEAT_INTERVAL_MS = 41_250;
    static final int GUILD_MESSAGES = 1 << 9, DIRECT_MESSAGES = 1 << 12, MESSAGE_CONTENT = 1 << 15;

    private final FakeDiscord discord;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> held = new ArrayList<>();
    final List<Map<String, Object>> identifies = new CopyOnWriteArrayList<>();
    final AtomicInteger resumes = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger heartbeats = new AtomicInteger();
    private WebSocket live;
    private final java.util.Set<WebSocket> dropped = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());
    private String sessionId;
    private int sessions;
    private int seq;
    private volatile int intents;
    private boolean resumable = true;
    private boolean holding;

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
        // JDA's own heartbeats keep the connection alive; the library's ping would only add noise.
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    int intents() {
        return intents;
    }

    synchronized boolean live() {
        return live != null && live.isOpen();
    }

    synchronized void setResumable(boolean resumable) {
        this.resumable = resumable;
    }

    /** Holds new connections before HELLO (an outage JDA waits through) until {@link #release()}. */
    synchronized void hold() {
        holding = true;
    }

    synchronized void release() {
        holding = false;
        held.forEach(this::hello);
        held.clear();
    }

    /** Sends a dispatch on the live session; false (and nothing sent) when there is none or the intent is missing. */
    synchronized boolean dispatch(String type, Map<String, Object> data, int requiredIntent) {
        if (!live() || (requiredIntent != 0 && (intents & requiredIntent) == 0)) {
            return false;
        }
        dispatch0(type, data);
        return true;
    }

    synchronized void drop(int code) {
        if (live != null) {
            // a frame of this connection still on its way (its close is not instant) must not revive it
            dropped.add(live);
            live.close(code, "fake gateway drop");
            live = null;
        }
    }

    synchronized void sendOp(int op, Object data) {
        if (live != null) {
            send(live, op, data);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public synchronized void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.incrementAndGet();
        if (holding) {
            held.add(conn);
        } else {
            hello(conn);
        }
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        Map<String, Object> frame = Payloads.parseObject(text);
        int op = ((Number) frame.get("op")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> d = frame.get("d") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        switch (op) {
            case 1 -> {
                heartbeats.incrementAndGet();
                send(conn, 11, null);
            }
            case 2, 6 -> {
                synchronized (this) {
                    if (dropped.contains(conn) || !conn.isOpen()) {
                        return;
                    }
                }
                if (op == 2) {
                    identify(conn, d);
                } else {
                    resume(conn, d);
                }
            }
            case 8 -> membersChunk(conn, d);
            default -> {
                // presence (3) and voice (4) updates need no answer
            }
        }
    }

    private void identify(WebSocket conn, Map<String, Object> d) {
        if (!FakeDiscord.TOKEN.equals(d.get("token"))) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        String id;
        synchronized (this) {
            id = "fake-session-" + (++sessions);
        }
        Map<String, Object> ready = Payloads.ready(id, url());
        Map<String, Object> guild = Payloads.guildCreate(discord);
        synchronized (this) {
            identifies.add(d);
            intents = ((Number) d.get("intents")).intValue();
            sessionId = id;
            seq = 0;
            live = conn;
            dispatch0("READY", ready);
            dispatch0("GUILD_CREATE", guild);
        }
    }

    private synchronized void resume(WebSocket conn, Map<String, Object> d) {
        resumes.incrementAndGet();
        if (resumable && sessionId != null && sessionId.equals(d.get("session_id"))) {
            live = conn;
            Map<String, Object> resumed = new LinkedHashMap<>();
            resumed.put("_trace", List.of("fake-gateway"));
            dispatch0("RESUMED", resumed);
        } else {
            send(conn, 9, false);
        }
    }

    private void membersChunk(WebSocket conn, Map<String, Object> d) {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("guild_id", DiscordEvents.str(FakeDiscord.GUILD_ID));
        chunk.put("members", Payloads.guildCreate(discord).get("members"));
        chunk.put("chunk_index", 0);
        chunk.put("chunk_count", 1);
        chunk.put("not_found", List.of());
        if (d.get("nonce") != null) {
            chunk.put("nonce", d.get("nonce"));
        }
        synchronized (this) {
            if (conn == live) {
                dispatch0("GUILD_MEMBERS_CHUNK", chunk);
            }
        }
    }

    private void hello(WebSocket conn) {
        send(conn, 10, Map.of("heartbeat_interval", HEARTBEAT_INTERVAL_MS, "_trace", List.of("fake-gateway")));
    }

    private void dispatch0(String type, Map<String, Object> data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("op", 0);
        frame.put("t", type);
        frame.put("s", ++seq);
        frame.put("d", data);
        live.send(Payloads.toJson(frame));
    }

    private static void send(WebSocket conn, int op, Object data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("op", op);
        frame.put("d", data);
        frame.put("s", null);
        frame.put("t", null);
        if (conn.isOpen()) {
            conn.send(Payloads.toJson(frame));
        }
    }

    @Override
    public synchronized void onClose(WebSocket conn, int code, String reason, boolean remote) {
        held.remove(conn);
        if (conn == live) {
            live = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client that vanishes mid-frame ends up here; the session is simply gone, as on Discord
    }
}
