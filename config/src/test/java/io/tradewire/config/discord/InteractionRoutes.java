package io.tradewire.config.discord;

import io.tradewire.config.discord.FakeDiscordRest.Pending;
import io.tradewire.config.discord.FakeDiscordRest.Reply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.tradewire.config.discord.DiscordEvents.str;
import static io.tradewire.config.discord.FakeDiscordRest.cast;
import static io.tradewire.config.discord.FakeDiscordRest.error;
import static io.tradewire.config.discord.FakeDiscordRest.id;
import static io.tradewire.config.discord.FakeDiscordRest.ok;

/**
 * Interaction answers: the callback (once per interaction, as on Discord: a second one gets 40060), follow-ups,
 * and edits of @original. Ephemeral is decided by the callback's flags (for a deferral, at defer time); ephemeral
 * messages never enter channel history nor the gateway, like on Discord.
 */
final class InteractionRoutes {
    private static final int EPHEMERAL = 64;

    private InteractionRoutes() {
    }

    static Reply callback(FakeDiscord f, String token, Map<String, Object> body) {
        long at = System.nanoTime();
        synchronized (f) {
            Pending p = f.interactions.get(token);
            if (p == null || at - p.dispatchedAtNanos > f.interactionDeadline.toNanos()) {
                return error(404, 10062, "Unknown interaction");
            }
            if (p.acked) {
                return error(400, 40060, "Interaction has already been acknowledged.");
            }
            p.acked = true;
            int type = ((Number) body.get("type")).intValue();
            Map<String, Object> data = body.get("data") instanceof Map<?, ?> d ? cast(d) : Map.of();
            int flags = flags(data);
            long messageId = 0;
            boolean ephemeral = (flags & EPHEMERAL) != 0;
            switch (type) {
                case 4 -> {
                    messageId = create(f, p, data, flags);
                    p.originalMessageId = messageId;
                }
                case 5 -> p.flags = flags;
                case 6, 7 -> {
                    messageId = p.sourceMessageId;
                    p.originalMessageId = messageId;
                    Map<String, Object> source = f.messages.get(messageId);
                    ephemeral = source != null && (flags(source) & EPHEMERAL) != 0;
                    if (type == 7 && source != null) {
                        update(f, source, data);
                    }
                }
                default -> {
                    // 8 autocomplete choices and 9 modal create no message
                }
            }
            f.log.replies.add(new InteractionReply(p.id, "callback", type, data, messageId, p.channel.id(),
                    ephemeral, at));
            return FakeDiscordRest.noContent();
        }
    }

    static Reply followup(FakeDiscord f, String token, Map<String, Object> body) {
        long at = System.nanoTime();
        synchronized (f) {
            Pending p = f.interactions.get(token);
            if (p == null || !p.acked) {
                return error(404, 10015, "Unknown Webhook");
            }
            int flags = flags(body);
            long id = create(f, p, body, flags);
            f.log.replies.add(new InteractionReply(p.id, "followup", 0, body, id, p.channel.id(),
                    (flags & EPHEMERAL) != 0, at));
            return ok(new LinkedHashMap<>(f.messages.get(id)));
        }
    }

    static Reply edit(FakeDiscord f, String token, String messageId, Map<String, Object> body) {
        long at = System.nanoTime();
        synchronized (f) {
            Pending p = f.interactions.get(token);
            if (p == null || !p.acked) {
                return error(404, 10015, "Unknown Webhook");
            }
            long id;
            if (messageId.equals("@original") && p.originalMessageId == 0) {
                // the answer to a deferral: the message is created now, ephemeral as chosen when deferring
                id = create(f, p, body, p.flags);
                p.originalMessageId = id;
            } else {
                id = messageId.equals("@original") ? p.originalMessageId : id(messageId);
                Map<String, Object> m = f.messages.get(id);
                if (m == null) {
                    return FakeDiscordRest.unknownMessage();
                }
                update(f, m, body);
            }
            Map<String, Object> m = f.messages.get(id);
            f.log.replies.add(new InteractionReply(p.id, "edit", 0, body, id, p.channel.id(),
                    (flags(m) & EPHEMERAL) != 0, at));
            return ok(new LinkedHashMap<>(m));
        }
    }

    static Reply get(FakeDiscord f, String token, String messageId) {
        synchronized (f) {
            Pending p = f.interactions.get(token);
            long id = p == null ? 0 : messageId.equals("@original") ? p.originalMessageId : id(messageId);
            Map<String, Object> m = f.messages.get(id);
            return m == null ? FakeDiscordRest.unknownMessage() : ok(new LinkedHashMap<>(m));
        }
    }

    /** A message by the bot's application in the interaction's channel; public ones go to history and the gateway. */
    private static long create(FakeDiscord f, Pending p, Map<String, Object> data, int flags) {
        long id = Snowflakes.next();
        Map<String, Object> m = DiscordEvents.message(id, p.channel, FakeDiscord.BOT, FakeDiscordRest.text(data),
                null);
        FakeDiscordRest.copyContent(data, m);
        m.put("flags", flags);
        m.put("webhook_id", str(FakeDiscord.APPLICATION_ID));
        m.put("application_id", str(FakeDiscord.APPLICATION_ID));
        f.messages.put(id, m);
        if ((flags & EPHEMERAL) == 0) {
            f.history.computeIfAbsent(p.channel.id(), k -> new java.util.ArrayList<>()).add(m);
            f.dispatchMessage("MESSAGE_CREATE", m);
        }
        return id;
    }

    private static void update(FakeDiscord f, Map<String, Object> m, Map<String, Object> data) {
        if (data.containsKey("content")) {
            m.put("content", FakeDiscordRest.text(data));
        }
        FakeDiscordRest.copyContent(data, m);
        m.put("edited_timestamp", DiscordEvents.timestamp(Instant.now()));
        if ((flags(m) & EPHEMERAL) == 0) {
            f.dispatchMessage("MESSAGE_UPDATE", m);
        }
    }

    private static int flags(Map<String, Object> json) {
        return json.get("flags") instanceof Number n ? n.intValue() : 0;
    }
}
