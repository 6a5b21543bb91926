package io.tradewire.config.telegram;

import java.util.HashMap;
import java.util.Map;

/** Telegram updates as the Bot API sends them (JSON as maps), for {@link FakeBotApi#push}. */
public final class Updates {
    private Updates() {
    }

    public static Map<String, Object> channelPost(long chatId, String username, int messageId, String text,
                                                  Integer replyTo) {
        return Map.of("channel_post", post(chatId, username, messageId, text, replyTo, null));
    }

    /** A channel post Telegram dated {@code date} (epoch seconds), delivered now: as after a bot's outage. */
    public static Map<String, Object> channelPostDated(long chatId, String username, int messageId, String text,
                                                       long date) {
        Map<String, Object> m = post(chatId, username, messageId, text, null, null);
        m.put("date", date);
        return Map.of("channel_post", m);
    }

    public static Map<String, Object> editedChannelPost(long chatId, String username, int messageId, String text,
                                                        int editDate) {
        return Map.of("edited_channel_post", post(chatId, username, messageId, text, null, editDate));
    }

    /** A message a user sends the bot in a private chat (whose id is the user's). */
    public static Map<String, Object> privateText(long userId, String text) {
        return privateText(userId, (int) (Math.random() * 1_000_000), text);
    }

    public static Map<String, Object> privateText(long userId, int messageId, String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("message_id", messageId);
        m.put("date", now());
        m.put("chat", Map.of("id", userId, "type", "private", "first_name", "U" + userId));
        m.put("from", user(userId));
        m.put("text", text);
        return Map.of("message", m);
    }

    public static Map<String, Object> groupText(long chatId, long userId, int messageId, String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("message_id", messageId);
        m.put("date", now());
        m.put("chat", Map.of("id", chatId, "type", "supergroup", "title", "Group " + chatId));
        m.put("from", user(userId));
        m.put("text", text);
        return Map.of("message", m);
    }

    /** A press of an inline button on a message the bot sent to {@code chatId}. */
    public static Map<String, Object> callback(long userId, long chatId, int messageId, String data) {
        return Map.of("callback_query", Map.of("id", "cb" + (int) (Math.random() * 1_000_000), "from", user(userId),
                "chat_instance", "ci", "data", data,
                "message", Map.of("message_id", messageId, "date", now(),
                        "chat", Map.of("id", chatId, "type", chatId > 0 ? "private" : "supergroup"), "text", "?")));
    }

    private static Map<String, Object> post(long chatId, String username, int messageId, String text, Integer replyTo,
                                            Integer editDate) {
        Map<String, Object> chat = Map.of("id", chatId, "type", "channel", "title", "Channel " + username,
                "username", username);
        Map<String, Object> m = new HashMap<>();
        m.put("message_id", messageId);
        m.put("date", now());
        m.put("chat", chat);
        m.put("sender_chat", chat);
        m.put("text", text);
        if (replyTo != null) {
            m.put("reply_to_message", Map.of("message_id", replyTo, "date", now(), "chat", chat, "text", "..."));
        }
        if (editDate != null) {
            m.put("edit_date", editDate);
        }
        return m;
    }

    private static Map<String, Object> user(long id) {
        return Map.of("id", id, "is_bot", false, "first_name", "User" + id, "username", "user" + id);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
