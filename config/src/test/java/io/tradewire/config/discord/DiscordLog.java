package io.tradewire.config.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the bot did to the fake Discord: every REST call, the messages it posted (channels and DMs), edited and
 * deleted, its interaction answers, its registered application commands; and awaits for each (they poll every
 * 10 ms and fail with what was seen). Times are {@link System#nanoTime()} at the moment the fake received the call.
 */
public final class DiscordLog {
    /**
     * One REST call: method, path after /api/v10/ (e.g. {@code channels/123/messages}), raw query, parsed JSON
     * body (a Map, a List, or null), the status answered, and whether any route handled it.
     */
    public record Call(String method, String path, String query, Object json, int status, boolean handled,
            long atNanos) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> body() {
            return json instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }
    }

    /** A message the bot posted (or edited): its id, channel, the DM recipient (0 in a guild), content, JSON. */
    public record Posted(long id, long channelId, long recipientId, String content, Map<String, Object> message,
            long atNanos) {
        /** Custom ids of the message's buttons and selects. */
        @SuppressWarnings("unchecked")
        public List<String> customIds() {
            Object c = message.get("components");
            return c instanceof List<?> l ? InteractionReply.customIds((List<Map<String, Object>>) l) : List.of();
        }
    }

    /** A delete the bot asked for; {@code refused}: answered 403 Missing Permissions, the message stays. */
    public record Deleted(long channelId, long messageId, boolean refused, long atNanos) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<Posted> posted = new CopyOnWriteArrayList<>();
    final List<Posted> edited = new CopyOnWriteArrayList<>();
    final List<Deleted> deleted = new CopyOnWriteArrayList<>();
    final List<InteractionReply> replies = new CopyOnWriteArrayList<>();
    final List<String> foreignRequests = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> globalCommands = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> guildCommands = new LinkedHashMap<>();

    DiscordLog() {
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls of a route: {@code "POST channels/*}{@code /messages"} ({@code *}: one path segment). */
    public List<Call> calls(String route) {
        return calls.stream().filter(c -> matches(route, c.method(), c.path())).toList();
    }

    /** Calls no route of the fake knows (answered 404): what the bot needs that the fake lacks. */
    public List<Call> unhandled() {
        return calls.stream().filter(c -> !c.handled()).toList();
    }

    public Call awaitCall(String route, Predicate<Call> test, Duration within) {
        return await(() -> calls(route), test, within, "call " + route);
    }

    public List<Posted> posted() {
        return List.copyOf(posted);
    }

    public List<Posted> posted(long channelId) {
        return posted.stream().filter(p -> p.channelId() == channelId).toList();
    }

    /** Messages delivered into the user's DM channel. */
    public List<Posted> dms(long userId) {
        return posted.stream().filter(p -> p.recipientId() == userId).toList();
    }

    public Posted awaitPosted(long channelId, String containing, Duration within) {
        return await(() -> posted(channelId), p -> p.content().contains(containing), within,
                "a message containing '" + containing + "' in channel " + channelId);
    }

    public Posted awaitDm(long userId, String containing, Duration within) {
        return await(() -> dms(userId), p -> p.content().contains(containing), within,
                "a DM containing '" + containing + "' to user " + userId);
    }

    public List<Posted> edited() {
        return List.copyOf(edited);
    }

    public List<Deleted> deleted() {
        return List.copyOf(deleted);
    }

    public Deleted awaitDeleted(long messageId, Duration within) {
        return await(this::deleted, d -> d.messageId() == messageId, within, "a delete of message " + messageId);
    }

    /** The answers to one interaction, in order. */
    public List<InteractionReply> replies(long interactionId) {
        return replies.stream().filter(r -> r.interactionId() == interactionId).toList();
    }

    public InteractionReply awaitReply(long interactionId, Predicate<InteractionReply> test, Duration within) {
        return await(() -> replies(interactionId), test, within, "an answer to interaction " + interactionId);
    }

    /** The first answer (callback) to the interaction. */
    public InteractionReply awaitReply(long interactionId, Duration within) {
        return awaitReply(interactionId, r -> true, within);
    }

    /** The final text the user sees: a reply, or the edit/follow-up after a defer, containing the text. */
    public InteractionReply awaitAnswer(long interactionId, String containing, Duration within) {
        return awaitReply(interactionId, r -> !r.deferred() && r.content().contains(containing), within);
    }

    /** Global application commands as last registered (PUT replaces, POST upserts), JSON with ids. */
    public synchronized List<Map<String, Object>> globalCommands() {
        return List.copyOf(globalCommands.values());
    }

    public synchronized List<Map<String, Object>> guildCommands() {
        return List.copyOf(guildCommands.values());
    }

    /** Names of the registered commands, global then guild. */
    public synchronized List<String> commandNames() {
        List<String> names = new ArrayList<>(globalCommands.keySet());
        names.addAll(guildCommands.keySet());
        return names;
    }

    /** A registered command by name (guild first, as the client shows it), or null. */
    public synchronized Map<String, Object> command(String name) {
        return guildCommands.containsKey(name) ? guildCommands.get(name) : globalCommands.get(name);
    }

    /** Names of a command's top-level options (subcommands included). */
    @SuppressWarnings("unchecked")
    public List<String> optionNames(String command) {
        Map<String, Object> c = command(command);
        Object options = c == null ? null : c.get("options");
        return options instanceof List<?> l ? ((List<Map<String, Object>>) l).stream()
                .map(o -> String.valueOf(o.get("name"))).toList() : List.of();
    }

    public Map<String, Object> awaitCommand(String name, Duration within) {
        return await(() -> {
            Map<String, Object> c = command(name);
            return c == null ? List.of() : List.of(c);
        }, c -> true, within, "command /" + name + " registered");
    }

    /** URLs of requests JDA tried to send anywhere but 127.0.0.1 (refused): should stay empty. */
    public List<String> foreignRequests() {
        return List.copyOf(foreignRequests);
    }

    synchronized void putCommands(boolean guild, List<Map<String, Object>> commands, boolean replace) {
        Map<String, Map<String, Object>> target = guild ? guildCommands : globalCommands;
        if (replace) {
            target.clear();
        }
        commands.forEach(c -> target.put(String.valueOf(c.get("name")), c));
    }

    static boolean matches(String route, String method, String path) {
        int space = route.indexOf(' ');
        if (space < 0 || !route.substring(0, space).equalsIgnoreCase(method)) {
            return false;
        }
        String regex = Pattern.quote(route.substring(space + 1).replaceFirst("^/", ""))
                .replace("*", "\\E[^/]+\\Q");
        return path.matches(regex);
    }

    static <T> T await(Supplier<List<T>> items, Predicate<T> test, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        List<T> seen;
        do {
            seen = items.get();
            for (T item : seen) {
                if (test.test(item)) {
                    return item;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + what + " within " + within + "; seen: " + seen);
    }
}
