package io.tradewire.config.discord;

import com.sun.net.httpserver.HttpServer;
import io.tradewire.config.discord.DiscordEvents.Interaction;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Discord on 127.0.0.1 that the real JDA 6 client connects to: the REST API (see {@link FakeDiscordRest} for the
 * routes) and the gateway ({@link FakeGateway}), one guild with three text channels, an owner (admin) and an
 * ordinary member. Everything the bot does is recorded ({@link DiscordLog}, reached through {@link #log()}) and can
 * be awaited; failures are scripted (429s with retry_after, users refusing DMs, deletes refused).
 *
 * <pre>{@code
 * try (FakeDiscord discord = new FakeDiscord()) {
 *     JDA jda = discord.jdaBuilder().addEventListeners(bot).build().awaitReady();
 *     long id = discord.interact(DiscordEvents.slash("follow").string("provider", "alpha"));
 *     assertThat(discord.log().awaitReply(id, r -> r.content().contains("Following"), SECONDS_5).ephemeral()).isTrue();
 *     jda.shutdownNow();
 * }
 * }</pre>
 *
 * <p>Gateway rules worth knowing: events are dispatched only while a session is live and only when IDENTIFY asked
 * for the intent Discord requires (GUILD_MESSAGES for guild messages, DIRECT_MESSAGES for DMs); without
 * MESSAGE_CONTENT a guild message arrives with empty content unless it mentions the bot. What is pushed while no
 * session is live, and everything {@link #storeMissed}, is only in the channel's history and is <em>not</em>
 * replayed on RESUME (as if Discord had lost it): a bot must read it back with GET messages?after=. Messages the
 * bot itself posts are echoed as MESSAGE_CREATE, as Discord does, so a bot must ignore its own messages.
 *
 * <p>Close JDA ({@code jda.shutdownNow()}) before this fake, else JDA keeps trying to reconnect.
 */
public final class FakeDiscord implements AutoCloseable {
    /** The bot token; JDA rejects whitespace in it, the fake rejects any other token (401 / close 4004). */
    public static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.FakeDs.tradewire-test-token_0123456789";
    private static final long BASE = Snowflakes.at(Instant.parse("2024-01-01T00:00:00Z"));
    /** The bot user; its id is also the application id, as for every bot made since 2016. */
    public static final User BOT = new User(BASE + 1, "Tradewire", true);
    public static final long APPLICATION_ID = BOT.id();
    /** The guild's owner, who also holds the Admin role (ADMINISTRATOR). */
    public static final User OWNER = new User(BASE + 2, "owner", false);
    /** An ordinary member: only @everyone's permissions. */
    public static final User MEMBER = new User(BASE + 3, "alice", false);
    public static final long GUILD_ID = BASE + 10;
    public static final long ADMIN_ROLE_ID = BASE + 11;
    public static final long BOT_ROLE_ID = BASE + 12;
    /** Text channels: #signals, #vip-signals, #general. */
    public static final long SIGNALS = BASE + 20, VIP_SIGNALS = BASE + 21, GENERAL = BASE + 22;
    /** What @everyone may do: view, send, embed, attach, read history, react, use application commands. */
    public static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16)
            | (1L << 6) | (1L << 31);

    /** A Discord user. */
    public record User(long id, String name, boolean bot) {
        /** How a message mentions the user: {@code <@id>}. */
        public String mention() {
            return "<@" + Long.toUnsignedString(id) + ">";
        }
    }

    /** A guild text channel ({@code guildId != 0}) or a DM channel with {@code recipientId}. */
    public record Channel(long id, String name, long guildId, long recipientId, int position) {
        public boolean dm() {
            return guildId == 0;
        }
    }

    final DiscordLog log = new DiscordLog();
    final Map<Long, Channel> channels = new LinkedHashMap<>();
    final Map<Long, User> users = new LinkedHashMap<>();
    final Map<Long, List<Long>> members = new LinkedHashMap<>();
    /** Every message by id, ephemeral ones included; history lists hold the same maps, oldest first. */
    final Map<Long, Map<String, Object>> messages = new LinkedHashMap<>();
    final Map<Long, List<Map<String, Object>>> history = new LinkedHashMap<>();
    final Map<String, FakeDiscordRest.Pending> interactions = new LinkedHashMap<>();
    final Set<Long> refusingDms = new HashSet<>();
    volatile boolean refuseDeletes;
    volatile Duration interactionDeadline = Duration.ofSeconds(3);
    private final FakeDiscordRest rest = new FakeDiscordRest(this);
    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newCachedThreadPool();
    private final FakeGateway gateway;

    public FakeDiscord() {
        addUser(BOT, BOT_ROLE_ID);
        addUser(OWNER, ADMIN_ROLE_ID);
        addUser(MEMBER);
        for (long id : new long[] {SIGNALS, VIP_SIGNALS, GENERAL}) {
            String name = id == SIGNALS ? "signals" : id == VIP_SIGNALS ? "vip-signals" : "general";
            channels.put(id, new Channel(id, name, GUILD_ID, 0, channels.size()));
        }
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.setExecutor(httpThreads);
        http.createContext("/", rest::serve);
        http.start();
        gateway = new FakeGateway(this);
        gateway.startAndWait();
    }

    // ---- pointing JDA here ----

    /** The REST base URL, {@code http://127.0.0.1:<port>/api/v10/}. */
    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    /** The gateway URL, {@code ws://127.0.0.1:<port>/}; READY's resume_gateway_url is the same. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** For {@code JDABuilder#setRestConfig}: every REST call goes to {@link #restUrl()}. */
    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(restUrl());
    }

    /** For {@code JDABuilder#setSessionController}: the gateway URL, and (re)connects without JDA's 5 s spacing. */
    public SessionController sessionController() {
        return new FakeSessionController(gatewayUrl());
    }

    /** For {@code JDABuilder#setHttpClient}: refuses (and records in {@link DiscordLog#foreignRequests()}) any host but 127.0.0.1. */
    public OkHttpClient httpClient() {
        return new OkHttpClient.Builder().addInterceptor(chain -> {
            String host = chain.request().url().host();
            if (!host.equals("127.0.0.1")) {
                log.foreignRequests.add(chain.request().url().toString());
                throw new IOException("the fake Discord refuses a real network call to " + host);
            }
            return chain.proceed(chain.request());
        }).build();
    }

    /** Points a builder at this fake: REST base URL, gateway, plain-JSON frames, the local-only HTTP client. */
    public JDABuilder configure(JDABuilder builder) {
        return builder.setRestConfig(restConfig()).setSessionController(sessionController())
                .setCompression(Compression.NONE).setHttpClient(httpClient());
    }

    /** A light JDA builder with GUILD_MESSAGES, DIRECT_MESSAGES and MESSAGE_CONTENT, already {@link #configure}d. */
    public JDABuilder jdaBuilder() {
        return configure(JDABuilder.createLight(TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                GatewayIntent.MESSAGE_CONTENT));
    }

    // ---- the world ----

    /** What the bot did, recorded; awaits. */
    public DiscordLog log() {
        return log;
    }

    public synchronized Channel channel(long id) {
        return channels.get(id);
    }

    public synchronized User user(long id) {
        return users.get(id);
    }

    /** Adds a guild text channel; call before JDA connects (it is sent in GUILD_CREATE). */
    public synchronized long addTextChannel(String name) {
        long id = Snowflakes.next();
        channels.put(id, new Channel(id, name, GUILD_ID, 0, channels.size()));
        return id;
    }

    /** Adds a guild member (admin: with the Admin role); call before JDA connects for it to be in GUILD_CREATE. */
    public synchronized User addMember(String name, boolean admin) {
        User u = new User(Snowflakes.next(), name, false);
        if (admin) {
            addUser(u, ADMIN_ROLE_ID);
        } else {
            addUser(u);
        }
        return u;
    }

    /** The user's DM channel with the bot, made on first use (as POST /users/@me/channels does). */
    public synchronized Channel dmChannel(User user) {
        users.putIfAbsent(user.id(), user);
        for (Channel c : channels.values()) {
            if (c.dm() && c.recipientId() == user.id()) {
                return c;
            }
        }
        long id = Snowflakes.next();
        Channel c = new Channel(id, user.name(), 0, user.id(), 0);
        channels.put(id, c);
        return c;
    }

    /** A copy of a channel's history, oldest first (what was pushed, stored, posted, minus what was deleted). */
    public synchronized List<Map<String, Object>> history(long channelId) {
        return history.getOrDefault(channelId, List.of()).stream().map(m -> (Map<String, Object>) new LinkedHashMap<>(m))
                .toList();
    }

    // ---- scripted failures ----

    /**
     * The next {@code count} calls of the route answer 429 with Discord's body and headers (retry_after, Retry-After,
     * X-RateLimit-*, scope user): JDA's rate limiter waits that long and retries. Route: {@code "POST channels/*}{@code
     * /messages"}, method then path after /api/v10/, {@code *} one path segment.
     */
    public void failNext(String route, int count, int retryAfterSeconds) {
        rest.failNext(route, count, new FakeDiscordRest.Failure(429, 0, "You are being rate limited.", retryAfterSeconds));
    }

    /** The next {@code count} calls of the route answer this status with Discord's error JSON {code, message}. */
    public void failNext(String route, int count, int status, int code, String message) {
        rest.failNext(route, count, new FakeDiscordRest.Failure(status, code, message, 0));
    }

    /** The user refuses DMs: sending into their DM channel answers 403 {code 50007, "Cannot send messages to this user"}. */
    public synchronized void refuseDms(User user) {
        refusingDms.add(user.id());
    }

    /** Deleting messages answers 403 {code 50013, "Missing Permissions"} (the refusal is still logged). */
    public void refuseDeletes(boolean refuse) {
        this.refuseDeletes = refuse;
    }

    /**
     * How long after INTERACTION_CREATE the callback may come (Discord: 3 s); a later one answers 404 {code 10062,
     * "Unknown interaction"}, which is what a bot that forgets to defer slow work meets in production.
     */
    public void setInteractionDeadline(Duration deadline) {
        this.interactionDeadline = deadline;
    }

    // ---- the gateway ----

    /** The IDENTIFY payloads received, in order (token, intents, properties, presence...). */
    public List<Map<String, Object>> identifies() {
        return List.copyOf(gateway.identifies);
    }

    /** The intents of the last IDENTIFY (0 before any); compare with {@code GatewayIntent#getRawValue()}. */
    public int intents() {
        return gateway.intents();
    }

    /** How many RESUMEs were received (answered or refused). */
    public int resumes() {
        return gateway.resumes.get();
    }

    /** How many WebSocket connections were opened. */
    public int connections() {
        return gateway.connections.get();
    }

    /** Whether a session is live (identified or resumed, not dropped). */
    public boolean sessionLive() {
        return gateway.live();
    }

    /** Waits until a session is live. */
    public void awaitSessionLive(Duration within) {
        DiscordLog.await(() -> gateway.live() ? List.of(true) : List.of(), b -> true, within, "a live session");
    }

    /**
     * Closes the live connection with a close code. 4000 (or 1000/1001): JDA reconnects and RESUMEs; the fake
     * answers RESUMED, and JDA fires {@code SessionDisconnectEvent} then {@code SessionResumeEvent}. With
     * {@link #setResumable(boolean) setResumable(false)}, the RESUME gets INVALID_SESSION: JDA fires
     * {@code SessionInvalidateEvent}, waits about 2 s, IDENTIFYs afresh, gets READY + GUILD_CREATE and fires
     * {@code SessionRecreateEvent} (never a second {@code ReadyEvent}). 4004 is fatal: JDA shuts down.
     */
    public void dropGateway(int closeCode) {
        gateway.drop(closeCode);
    }

    /** Sends op 7 RECONNECT: JDA closes (4900) and RESUMEs; same events as {@link #dropGateway} with 4000. */
    public void requestReconnect() {
        gateway.sendOp(7, null);
    }

    /** Sends op 9 INVALID_SESSION: resumable true, JDA RESUMEs; false, JDA re-IDENTIFYs (SessionRecreateEvent). */
    public void invalidateSession(boolean resumable) {
        gateway.sendOp(9, resumable);
    }

    /** Whether a RESUME of the current session is accepted (default true). */
    public void setResumable(boolean resumable) {
        gateway.setResumable(resumable);
    }

    /** An outage: new connections get no HELLO until {@link #releaseConnections()} (JDA waits up to 10 s for one). */
    public void holdConnections() {
        gateway.hold();
    }

    public void releaseConnections() {
        gateway.release();
    }

    /** Sends any dispatch on the live session; false when none is live. */
    public boolean dispatch(String type, Map<String, Object> data) {
        return gateway.dispatch(type, data, 0);
    }

    // ---- events in ----

    /** A user posts in a channel: stored in history, MESSAGE_CREATE dispatched if a session is live. Returns its id. */
    public long pushMessage(long channelId, User author, String content) {
        return pushReply(channelId, author, content, 0);
    }

    /** Like {@link #pushMessage}, as a reply (message_reference) to message {@code replyToId} (0: not a reply). */
    public synchronized long pushReply(long channelId, User author, String content, long replyToId) {
        Map<String, Object> m = store(channelId, author, content, replyToId);
        dispatchMessage("MESSAGE_CREATE", m);
        return Long.parseUnsignedLong((String) m.get("id"));
    }

    /** A user posts to the bot in their DM: stored, and dispatched if live (needs DIRECT_MESSAGES). */
    public synchronized long pushDm(User author, String content) {
        return pushMessage(dmChannel(author).id(), author, content);
    }

    /** A post the bot missed: in the channel's history only, never dispatched. Returns its id. */
    public synchronized long storeMissed(long channelId, User author, String content) {
        return Long.parseUnsignedLong((String) store(channelId, author, content, 0).get("id"));
    }

    /** The author edits a message: content replaced in history, MESSAGE_UPDATE dispatched if live. */
    public synchronized void pushEdit(long channelId, long messageId, String content) {
        Map<String, Object> m = messages.get(messageId);
        if (m == null || !m.get("channel_id").equals(DiscordEvents.str(channelId))) {
            throw new IllegalArgumentException("no message " + messageId + " in channel " + channelId);
        }
        m.put("content", content);
        m.put("edited_timestamp", DiscordEvents.timestamp(Instant.now()));
        dispatchMessage("MESSAGE_UPDATE", m);
    }

    /** Dispatches an INTERACTION_CREATE built with {@link DiscordEvents}; returns the interaction id. */
    public synchronized long interact(Interaction interaction) {
        long id = Snowflakes.next();
        String token = "fake-interaction-" + UUID.randomUUID();
        Channel channel = interaction.dm ? dmChannel(interaction.user) : channels.get(interaction.channelId);
        if (channel == null) {
            throw new IllegalArgumentException("no channel " + interaction.channelId);
        }
        users.putIfAbsent(interaction.user.id(), interaction.user);
        interactions.put(token, new FakeDiscordRest.Pending(id, token, channel, interaction.user, interaction.messageId));
        if (!gateway.dispatch("INTERACTION_CREATE", Payloads.interaction(this, interaction, id, token, channel), 0)) {
            throw new IllegalStateException("no live gateway session to deliver the interaction to");
        }
        return id;
    }

    /** The user presses a button (custom id) on the message a reply created; returns the new interaction's id. */
    public long press(InteractionReply on, String customId, User by) {
        Interaction i = DiscordEvents.button(customId, on.messageId()).by(by);
        Channel c = channel(on.channelId());
        return interact(c.dm() ? i.inDm() : i.in(c.id()));
    }

    /** The user submits the modal a reply opened, with values by text-input custom id; returns the interaction id. */
    public long submit(InteractionReply modal, User by, Map<String, String> values) {
        Interaction i = DiscordEvents.modal(modal.modalId()).by(by);
        values.forEach(i::input);
        Channel c = channel(modal.channelId());
        return interact(c.dm() ? i.inDm() : i.in(c.id()));
    }

    // ---- payloads for the gateway and the REST routes ----

    synchronized Map<String, Object> store(long channelId, User author, String content, long replyToId) {
        Channel c = channels.get(channelId);
        if (c == null) {
            throw new IllegalArgumentException("no channel " + channelId);
        }
        users.putIfAbsent(author.id(), author);
        Map<String, Object> m = DiscordEvents.message(Snowflakes.next(), c, author, content,
                replyToId == 0 ? null : messages.get(replyToId));
        messages.put(Long.parseUnsignedLong((String) m.get("id")), m);
        history.computeIfAbsent(channelId, k -> new ArrayList<>()).add(m);
        return m;
    }

    /** Dispatches a message event as Discord would: with the author's member in guilds, content per intents. */
    synchronized void dispatchMessage(String type, Map<String, Object> message) {
        Map<String, Object> m = new LinkedHashMap<>(message);
        boolean guild = m.get("guild_id") != null;
        if (guild) {
            long author = Long.parseUnsignedLong((String) ((Map<?, ?>) m.get("author")).get("id"));
            m.put("member", DiscordEvents.member(users.get(author), members.getOrDefault(author, List.of()), false));
            boolean mentioned = String.valueOf(m.get("content")).contains(BOT.mention());
            if ((gateway.intents() & FakeGateway.MESSAGE_CONTENT) == 0 && !mentioned) {
                m.put("content", "");
                m.put("embeds", List.of());
                m.put("attachments", List.of());
                m.put("components", List.of());
            }
        }
        gateway.dispatch(type, m, guild ? FakeGateway.GUILD_MESSAGES : FakeGateway.DIRECT_MESSAGES);
    }

    private void addUser(User u, Long... roles) {
        users.put(u.id(), u);
        members.put(u.id(), List.of(roles));
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        httpThreads.shutdownNow();
    }
}
