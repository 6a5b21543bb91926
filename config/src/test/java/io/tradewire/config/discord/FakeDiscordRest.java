package io.tradewire.config.discord;

import com.sun.net.httpserver.HttpExchange;
import io.tradewire.config.discord.DiscordLog.Call;
import io.tradewire.config.discord.DiscordLog.Deleted;
import io.tradewire.config.discord.DiscordLog.Posted;
import io.tradewire.config.discord.FakeDiscord.Channel;
import io.tradewire.config.discord.FakeDiscord.User;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.tradewire.config.discord.DiscordEvents.str;

/**
 * The REST routes (paths after {@code /api/v10/}): users/@me, oauth2/applications/@me, gateway(/bot), application
 * commands (global and guild: GET, PUT, POST), users/@me/channels, channels/{id}, channel messages (POST, GET
 * history, GET/PATCH/DELETE one), typing, own reactions, interaction callbacks and their webhooks (follow-ups,
 * @original). Anything else answers 404 and is logged as unhandled. Errors use Discord's body {code, message}.
 */
final class FakeDiscordRest {
    /** An interaction dispatched and not yet expired. Guarded by the fake's lock. */
    static final class Pending {
        final long id;
        final String token;
        final Channel channel;
        final User user;
        final long dispatchedAtNanos = System.nanoTime();
        /** The message a component was on (0 for commands). */
        final long sourceMessageId;
        boolean acked;
        /** Flags chosen at defer time (ephemeral: 64). */
        int flags;
        long originalMessageId;

        Pending(long id, String token, Channel channel, User user, long sourceMessageId) {
            this.id = id;
            this.token = token;
            this.channel = channel;
            this.user = user;
            this.sourceMessageId = sourceMessageId;
        }
    }

    /** A scripted error answer. */
    record Failure(int status, int code, String message, int retryAfterSeconds) {
    }

    record Reply(int status, Object body, boolean handled) {
    }

    private final FakeDiscord f;
    private final Map<String, Deque<Failure>> failures = new LinkedHashMap<>();

    FakeDiscordRest(FakeDiscord f) {
        this.f = f;
    }

    synchronized void failNext(String route, int count, Failure failure) {
        Deque<Failure> q = failures.computeIfAbsent(route, k -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            q.add(failure);
        }
    }

    private synchronized Failure nextFailure(String method, String path) {
        for (Map.Entry<String, Deque<Failure>> e : failures.entrySet()) {
            if (!e.getValue().isEmpty() && DiscordLog.matches(e.getKey(), method, path)) {
                return e.getValue().poll();
            }
        }
        return null;
    }

    void serve(HttpExchange ex) throws IOException {
        try (ex) {
            long at = System.nanoTime();
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath().replaceFirst("^/api/v\\d+/", "").replaceFirst("/$", "");
            String query = ex.getRequestURI().getRawQuery();
            String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Object json = body(raw, ex.getRequestHeaders().getFirst("Content-Type"));
            boolean interaction = path.startsWith("interactions/") || path.startsWith("webhooks/");
            Failure failure = nextFailure(method, path);
            Reply reply;
            if (!interaction && !("Bot " + FakeDiscord.TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                reply = error(401, 0, "401: Unauthorized");
            } else if (failure != null) {
                reply = error(failure.status(), failure.code(), failure.message());
                if (failure.status() == 429) {
                    rateLimitHeaders(ex, method, path, failure.retryAfterSeconds());
                    reply = new Reply(429, Map.of("message", failure.message(), "retry_after",
                            (double) failure.retryAfterSeconds(), "global", false), true);
                }
            } else {
                try {
                    reply = route(method, path, query == null ? Map.of() : query(query), json);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    reply = error(500, 0, "fake Discord failed: " + e);
                }
            }
            f.log.calls.add(new Call(method, path, query, json, reply.status(), reply.handled(), at));
            respond(ex, reply);
        }
    }

    private Reply route(String method, String path, Map<String, String> q, Object json) {
        String[] s = path.split("/");
        Map<String, Object> body = json instanceof Map<?, ?> ? cast(json) : Map.of();
        String route = method + " " + path.replaceAll("(?<=/|^)(\\d+|@original|fake-interaction-[^/]+)(?=/|$)", "#");
        return switch (route) {
            case "GET users/@me" -> ok(Payloads.self());
            case "GET oauth2/applications/@me" -> ok(application());
            case "GET gateway", "GET gateway/bot" -> ok(Map.of("url", f.gatewayUrl(), "shards", 1,
                    "session_start_limit", Map.of("total", 1000, "remaining", 999, "reset_after", 0,
                            "max_concurrency", 1)));
            case "PUT applications/#/commands", "POST applications/#/commands" ->
                    commands(false, json, method.equals("PUT"));
            case "PUT applications/#/guilds/#/commands", "POST applications/#/guilds/#/commands" ->
                    commands(true, json, method.equals("PUT"));
            case "GET applications/#/commands" -> ok(f.log.globalCommands());
            case "GET applications/#/guilds/#/commands" -> ok(f.log.guildCommands());
            case "POST users/@me/channels" -> openDm(body);
            case "GET channels/#" -> channel(id(s[1]));
            case "POST channels/#/messages" -> post(id(s[1]), body);
            case "GET channels/#/messages" -> history(id(s[1]), q);
            case "GET channels/#/messages/#" -> message(id(s[1]), id(s[3]));
            case "PATCH channels/#/messages/#" -> edit(id(s[1]), id(s[3]), body);
            case "DELETE channels/#/messages/#" -> delete(id(s[1]), id(s[3]));
            case "POST channels/#/typing" -> new Reply(204, null, true);
            case "POST interactions/#/#/callback" -> InteractionRoutes.callback(f, s[2], body);
            case "POST webhooks/#/#" -> InteractionRoutes.followup(f, s[2], body);
            case "PATCH webhooks/#/#/messages/#" -> InteractionRoutes.edit(f, s[2], s[4], body);
            case "GET webhooks/#/#/messages/#" -> InteractionRoutes.get(f, s[2], s[4]);
            case "DELETE webhooks/#/#/messages/#" -> new Reply(204, null, true);
            default -> path.matches("channels/\\d+/messages/\\d+/reactions/[^/]+/@me") && method.equals("PUT")
                    ? new Reply(204, null, true) : new Reply(404, Map.of("message", "404: Not Found", "code", 0), false);
        };
    }

    private Reply commands(boolean guild, Object json, boolean replace) {
        List<Map<String, Object>> in = json instanceof List<?> l ? cast(l) : List.of(cast(json));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : in) {
            Map<String, Object> stored = new LinkedHashMap<>(c);
            Map<String, Object> existing = f.log.command(String.valueOf(c.get("name")));
            long id = existing != null ? id(String.valueOf(existing.get("id"))) : Snowflakes.next();
            stored.put("id", str(id));
            stored.put("application_id", str(FakeDiscord.APPLICATION_ID));
            stored.put("version", str(Snowflakes.next()));
            stored.putIfAbsent("type", 1);
            if (guild) {
                stored.put("guild_id", str(FakeDiscord.GUILD_ID));
            }
            out.add(stored);
        }
        f.log.putCommands(guild, out, replace);
        return ok(replace ? out : out.get(0));
    }

    private Reply openDm(Map<String, Object> body) {
        long userId = id(String.valueOf(body.get("recipient_id")));
        User user = f.user(userId);
        if (user == null) {
            return error(400, 50033, "Invalid Recipient(s)");
        }
        return ok(DiscordEvents.channel(f.dmChannel(user), user));
    }

    private Reply channel(long id) {
        Channel c = f.channel(id);
        return c == null ? unknownChannel() : ok(DiscordEvents.channel(c, c.dm() ? f.user(c.recipientId()) : null));
    }

    private Reply post(long channelId, Map<String, Object> body) {
        synchronized (f) {
            Channel c = f.channels.get(channelId);
            if (c == null) {
                return unknownChannel();
            }
            if (c.dm() && f.refusingDms.contains(c.recipientId())) {
                return error(403, 50007, "Cannot send messages to this user");
            }
            Object ref = body.get("message_reference");
            long replyTo = ref instanceof Map<?, ?> r && r.get("message_id") != null
                    ? id(String.valueOf(r.get("message_id"))) : 0;
            Map<String, Object> m = f.store(channelId, FakeDiscord.BOT, text(body), replyTo);
            copyContent(body, m);
            f.log.posted.add(new Posted(id((String) m.get("id")), channelId, c.recipientId(), text(body),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)), System.nanoTime()));
            f.dispatchMessage("MESSAGE_CREATE", m);
            return ok(new LinkedHashMap<>(m));
        }
    }

    /** Discord's order: newest first; with {@code after}, the {@code limit} messages right after it. */
    private Reply history(long channelId, Map<String, String> q) {
        synchronized (f) {
            if (!f.channels.containsKey(channelId)) {
                return unknownChannel();
            }
            int limit = Math.max(1, Math.min(100, Integer.parseInt(q.getOrDefault("limit", "50"))));
            List<Map<String, Object>> all = f.history.getOrDefault(channelId, List.of());
            List<Map<String, Object>> page;
            if (q.containsKey("after")) {
                long after = id(q.get("after"));
                page = all.stream().filter(m -> id((String) m.get("id")) > after).limit(limit).toList();
            } else {
                long before = q.containsKey("before") ? id(q.get("before")) : Long.MAX_VALUE;
                List<Map<String, Object>> older = all.stream().filter(m -> id((String) m.get("id")) < before).toList();
                page = older.subList(Math.max(0, older.size() - limit), older.size());
            }
            List<Map<String, Object>> newestFirst = new ArrayList<>();
            for (int i = page.size() - 1; i >= 0; i--) {
                newestFirst.add(new LinkedHashMap<>(page.get(i)));
            }
            return ok(newestFirst);
        }
    }

    private Reply message(long channelId, long messageId) {
        synchronized (f) {
            Map<String, Object> m = f.messages.get(messageId);
            return m == null || !m.get("channel_id").equals(str(channelId)) ? unknownMessage()
                    : ok(new LinkedHashMap<>(m));
        }
    }

    private Reply edit(long channelId, long messageId, Map<String, Object> body) {
        synchronized (f) {
            Map<String, Object> m = f.messages.get(messageId);
            if (m == null || !m.get("channel_id").equals(str(channelId))) {
                return unknownMessage();
            }
            if (!str(FakeDiscord.BOT.id()).equals(((Map<?, ?>) m.get("author")).get("id"))) {
                return error(403, 50005, "Cannot edit a message authored by another user");
            }
            if (body.containsKey("content")) {
                m.put("content", text(body));
            }
            copyContent(body, m);
            m.put("edited_timestamp", DiscordEvents.timestamp(Instant.now()));
            Channel c = f.channels.get(channelId);
            f.log.edited.add(new Posted(messageId, channelId, c.recipientId(), String.valueOf(m.get("content")),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)), System.nanoTime()));
            f.dispatchMessage("MESSAGE_UPDATE", m);
            return ok(new LinkedHashMap<>(m));
        }
    }

    private Reply delete(long channelId, long messageId) {
        synchronized (f) {
            if (f.refuseDeletes) {
                f.log.deleted.add(new Deleted(channelId, messageId, true, System.nanoTime()));
                return error(403, 50013, "Missing Permissions");
            }
            Map<String, Object> m = f.messages.get(messageId);
            if (m == null || !m.get("channel_id").equals(str(channelId))) {
                return unknownMessage();
            }
            f.messages.remove(messageId);
            f.history.getOrDefault(channelId, new ArrayList<>()).remove(m);
            f.log.deleted.add(new Deleted(channelId, messageId, false, System.nanoTime()));
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", str(messageId));
            event.put("channel_id", str(channelId));
            if (m.get("guild_id") != null) {
                event.put("guild_id", m.get("guild_id"));
            }
            f.dispatch("MESSAGE_DELETE", event);
            return new Reply(204, null, true);
        }
    }

    private Map<String, Object> application() {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("id", str(FakeDiscord.APPLICATION_ID));
        app.put("name", FakeDiscord.BOT.name());
        app.put("description", "");
        app.put("icon", null);
        app.put("bot_public", true);
        app.put("bot_require_code_grant", false);
        app.put("flags", 0);
        app.put("owner", DiscordEvents.user(FakeDiscord.OWNER));
        app.put("team", null);
        app.put("tags", List.of());
        app.put("redirect_uris", List.of());
        return app;
    }

    /** Copies what a bot may send besides content: embeds, components, flags (not ephemeral: not for channels). */
    static void copyContent(Map<String, Object> body, Map<String, Object> message) {
        for (String key : List.of("embeds", "components")) {
            if (body.containsKey(key)) {
                message.put(key, body.get(key));
            }
        }
    }

    static String text(Map<String, Object> body) {
        Object c = body.get("content");
        return c == null ? "" : c.toString();
    }

    static Reply ok(Object body) {
        return new Reply(200, body, true);
    }

    static Reply error(int status, int code, String message) {
        return new Reply(status, Map.of("message", message, "code", code), true);
    }

    static Reply noContent() {
        return new Reply(204, null, true);
    }

    private static Reply unknownChannel() {
        return error(404, 10003, "Unknown Channel");
    }

    static Reply unknownMessage() {
        return error(404, 10008, "Unknown Message");
    }

    static long id(String s) {
        return Long.parseUnsignedLong(s);
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    /** JSON, or the payload_json part of a multipart body (JDA sends multipart when files are attached). */
    private static Object body(String raw, String type) {
        if (raw.isBlank() || type == null) {
            return null;
        }
        if (type.startsWith("multipart/")) {
            int name = raw.indexOf("name=\"payload_json\"");
            if (name < 0) {
                return null;
            }
            int start = raw.indexOf("\r\n\r\n", name) + 4;
            int end = raw.indexOf("\r\n--", start);
            return Payloads.parse(raw.substring(start, end));
        }
        return type.contains("json") ? Payloads.parse(raw) : null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** The headers JDA's rate limiter reads; "via" tells it the 429 is Discord's, not Cloudflare's (global). */
    private static void rateLimitHeaders(HttpExchange ex, String method, String path, int retryAfter) {
        var h = ex.getResponseHeaders();
        h.add("Retry-After", Integer.toString(retryAfter));
        h.add("X-RateLimit-Limit", "5");
        h.add("X-RateLimit-Remaining", "0");
        h.add("X-RateLimit-Reset", Double.toString(System.currentTimeMillis() / 1000.0 + retryAfter));
        h.add("X-RateLimit-Reset-After", Double.toString(retryAfter));
        h.add("X-RateLimit-Bucket", Integer.toHexString((method + " " + path.replaceAll("\\d+", "#")).hashCode()));
        h.add("X-RateLimit-Scope", "user");
        h.add("via", "1.1 google");
    }

    private static void respond(HttpExchange ex, Reply reply) throws IOException {
        if (reply.body() == null) {
            ex.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = Payloads.toJson(reply.body()).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(reply.status(), bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
