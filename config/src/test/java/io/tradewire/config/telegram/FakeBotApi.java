package io.tradewire.config.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Telegram Bot API server on 127.0.0.1 for the real telegrambots client: getUpdates with
 * Telegram's offset rule (asking from an offset confirms everything before it) and long polling,
 * the methods the bot calls, every call recorded, and scripted failures (429 with retry_after,
 * refused deletes). Method names are matched case-insensitively, as the client lower-cases some.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456789:TEST_token-abcdefghijklmnopqrstuvwxyz0123";
    public static final long BOT_ID = 123456789L;
    public static final String BOT_USERNAME = "tradewire_test_bot";
    static final JsonMapper JSON = JsonMapper.createDefault();

    /** One call the bot made: the method (lower case), its JSON body (empty for multipart), when. */
    public record Call(String method, Map<String, Object> body, String raw, long atNanos, Integer messageId) {
        public String text() {
            return String.valueOf(body.get("text"));
        }

        public String chatId() {
            return String.valueOf(body.get("chat_id"));
        }
    }

    private final HttpServer server;
    private final List<Map<String, Object>> updates = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<int[]>> failures = new HashMap<>();
    private int nextUpdateId = 1;
    private int nextMessageId = 1000;
    private volatile boolean refuseDeletes;

    public FakeBotApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::serve);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an update (its update_id is given here) and wakes a waiting long poll. */
    public synchronized int push(Map<String, Object> update) {
        int id = nextUpdateId++;
        Map<String, Object> u = new LinkedHashMap<>(update);
        u.put("update_id", id);
        updates.add(u);
        notifyAll();
        return id;
    }

    /** The next {@code count} calls of the method answer with this HTTP error (429: with retry_after). */
    public synchronized void failNext(String method, int count, int status, int retryAfter) {
        Deque<int[]> q = failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            q.add(new int[] {status, retryAfter});
        }
    }

    public void refuseDeletes(boolean refuse) {
        this.refuseDeletes = refuse;
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
    }

    /** Messages delivered to one chat (not those answered with an error), in order. */
    public List<String> sent(String chatId) {
        return delivered(chatId).stream().map(Call::text).toList();
    }

    public List<Call> delivered(String chatId) {
        return calls("sendmessage").stream().filter(c -> c.chatId().equals(chatId) && c.messageId() != null).toList();
    }

    /** Waits for a call matching the test, returning it; fails with every call seen when none comes. */
    public Call await(String method, Predicate<Call> test, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call c : calls(method)) {
                if (test.test(c)) {
                    return c;
                }
            }
            sleep(20);
        }
        throw new AssertionError("no " + method + " call as expected within " + within + "; calls: "
                + calls.stream().map(c -> c.method() + " " + c.raw()).toList());
    }

    /** Does something, then waits for a call it caused (one not seen before it). */
    public Call await(String method, Predicate<Call> test, Duration within, Runnable cause) {
        List<Call> before = calls(method);
        cause.run();
        return await(method, c -> !before.contains(c) && test.test(c), within);
    }

    /** Waits for a message to the chat containing the text. */
    public Call awaitSent(String chatId, String containing, Duration within) {
        return await("sendmessage", c -> c.chatId().equals(chatId) && c.messageId() != null
                && c.text().contains(containing), within);
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            Map<String, Object> body = type != null && type.contains("json") && !raw.isBlank()
                    ? JSON.readValue(raw, Map.class) : Map.of();
            int[] failure = nextFailure(method);
            Map<String, Object> sentMessage = failure == null && method.equals("sendmessage") ? message(body) : null;
            calls.add(new Call(method, body, raw, System.nanoTime(), sentMessage == null ? null
                    : (Integer) sentMessage.get("message_id")));
            if (failure != null) {
                reply(ex, failure[0], failure[0] == 429 ? Map.of("ok", false, "error_code", 429, "description",
                        "Too Many Requests: retry after " + failure[1], "parameters", Map.of("retry_after", failure[1]))
                        : error(failure[0], "scripted failure"));
                return;
            }
            switch (method) {
                case "getupdates" -> reply(ex, 200, ok(updates(body)));
                case "getme" -> reply(ex, 200, ok(Map.of("id", BOT_ID, "is_bot", true, "first_name", "Tradewire",
                        "username", BOT_USERNAME)));
                case "sendmessage" -> reply(ex, 200, ok(sentMessage));
                case "editmessagetext" -> reply(ex, 200, ok(message(body)));
                case "deletemessage" -> reply(ex, refuseDeletes ? 400 : 200, refuseDeletes
                        ? error(400, "Bad Request: message can't be deleted") : ok(true));
                default -> reply(ex, 200, ok(true));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private synchronized int[] nextFailure(String method) {
        Deque<int[]> q = failures.get(method);
        return q == null ? null : q.poll();
    }

    /** Telegram's rule: an offset confirms (forgets) every update before it; wait up to the timeout for one. */
    private synchronized List<Map<String, Object>> updates(Map<String, Object> body) {
        long offset = body.get("offset") == null ? 0 : ((Number) body.get("offset")).longValue();
        long timeout = body.get("timeout") == null ? 0 : ((Number) body.get("timeout")).longValue();
        updates.removeIf(u -> ((Number) u.get("update_id")).longValue() < offset);
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.min(timeout, 2)).toNanos();
        while (updates.isEmpty() && System.nanoTime() < deadline) {
            try {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ArrayList<>(updates.subList(0, Math.min(updates.size(), 100)));
    }

    private synchronized Map<String, Object> message(Map<String, Object> body) {
        long chat = Long.parseLong(String.valueOf(body.get("chat_id")));
        Object id = body.get("message_id");
        return Map.of("message_id", id != null ? id : nextMessageId++, "date", System.currentTimeMillis() / 1000,
                "chat", Map.of("id", chat, "type", chat > 0 ? "private" : "supergroup"),
                "text", String.valueOf(body.get("text")));
    }

    private static Map<String, Object> ok(Object result) {
        return Map.of("ok", true, "result", result);
    }

    private static Map<String, Object> error(int code, String description) {
        return Map.of("ok", false, "error_code", code, "description", description);
    }

    private static void reply(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
