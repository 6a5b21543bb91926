package io.tradewire.config.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One answer the bot gave to an interaction. {@code kind} is {@code "callback"} (POST
 * /interactions/{id}/{token}/callback; {@code type} is the callback type: 4 reply, 5 deferred reply, 6 deferred
 * update, 7 update message, 8 autocomplete choices, 9 modal), {@code "followup"} (POST /webhooks/{app}/{token}) or
 * {@code "edit"} (PATCH /webhooks/{app}/{token}/messages/{id|@original}, e.g. after a defer); for the last two
 * {@code type} is 0. {@code ephemeral}: flag 64, for an edit of the original as chosen at defer time.
 * {@code messageId}/{@code channelId}: the message the answer created or changed (0 when none, e.g. a modal).
 */
public record InteractionReply(long interactionId, String kind, int type, Map<String, Object> data, long messageId,
        long channelId, boolean ephemeral, long atNanos) {

    public String content() {
        Object c = data.get("content");
        return c == null ? "" : c.toString();
    }

    /** A deferral (5 or 6): the real answer comes as an {@code "edit"} or {@code "followup"}. */
    public boolean deferred() {
        return kind.equals("callback") && (type == 5 || type == 6);
    }

    public boolean modal() {
        return kind.equals("callback") && type == 9;
    }

    /** The modal's custom id (for {@link FakeDiscord#submit}). */
    public String modalId() {
        return String.valueOf(data.get("custom_id"));
    }

    /** The top-level components as sent (action rows, or labels in a modal). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> components() {
        Object c = data.get("components");
        return c instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** Every custom id in the components, depth first: buttons and selects of a message, text inputs of a modal. */
    public List<String> customIds() {
        return customIds(components());
    }

    /** The labels of the buttons, in order. */
    public List<String> buttonLabels() {
        List<String> labels = new ArrayList<>();
        walk(components(), c -> {
            if (Integer.valueOf(2).equals(c.get("type")) && c.get("label") != null) {
                labels.add(c.get("label").toString());
            }
        });
        return labels;
    }

    /** Autocomplete choices offered (type 8), by name. */
    @SuppressWarnings("unchecked")
    public List<String> choices() {
        Object c = data.get("choices");
        return c instanceof List<?> l ? ((List<Map<String, Object>>) l).stream().map(m -> String.valueOf(m.get("name")))
                .toList() : List.of();
    }

    static List<String> customIds(List<Map<String, Object>> components) {
        List<String> ids = new ArrayList<>();
        walk(components, c -> {
            if (c.get("custom_id") != null) {
                ids.add(c.get("custom_id").toString());
            }
        });
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static void walk(List<Map<String, Object>> components, java.util.function.Consumer<Map<String, Object>> f) {
        for (Map<String, Object> c : components) {
            f.accept(c);
            if (c.get("components") instanceof List<?> children) {
                walk((List<Map<String, Object>>) children, f);
            }
            if (c.get("component") instanceof Map<?, ?> child) {
                walk(List.of((Map<String, Object>) child), f);
            }
        }
    }
}
