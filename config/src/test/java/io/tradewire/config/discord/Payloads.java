package io.tradewire.config.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.config.discord.DiscordEvents.Interaction;
import io.tradewire.config.discord.FakeDiscord.Channel;
import io.tradewire.config.discord.FakeDiscord.User;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.tradewire.config.discord.DiscordEvents.str;
import static io.tradewire.config.discord.FakeDiscord.APPLICATION_ID;
import static io.tradewire.config.discord.FakeDiscord.GUILD_ID;

/**
 * The fake's larger gateway payloads, built from its state under its lock: READY, GUILD_CREATE and
 * INTERACTION_CREATE. JSON (de)serialisation lives here too.
 */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Every permission bit Discord has defined so far: what an administrator resolves to. */
    static final long ALL_PERMISSIONS = (1L << 51) - 1;

    private Payloads() {
    }

    /** READY: the guild is "unavailable" here and arrives in GUILD_CREATE right after, as on Discord. */
    static Map<String, Object> ready(String sessionId, String resumeUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("v", 10);
        d.put("user", self());
        d.put("guilds", List.of(Map.of("id", str(GUILD_ID), "unavailable", true)));
        d.put("session_id", sessionId);
        d.put("session_type", "normal");
        d.put("resume_gateway_url", resumeUrl);
        // JDA takes SelfUser#getApplicationId from here; without it interactions would be answered to the wrong app
        d.put("application", Map.of("id", str(APPLICATION_ID), "flags", 0));
        d.put("private_channels", List.of());
        d.put("relationships", List.of());
        d.put("presences", List.of());
        d.put("guild_join_requests", List.of());
        d.put("user_settings", Map.of());
        d.put("_trace", List.of("fake-gateway"));
        return d;
    }

    static Map<String, Object> self() {
        Map<String, Object> u = DiscordEvents.user(FakeDiscord.BOT);
        u.put("verified", true);
        u.put("mfa_enabled", false);
        u.put("flags", 0);
        u.put("email", null);
        return u;
    }

    /**
     * GUILD_CREATE with every member and member_count equal to their number: were the count larger, JDA would ask
     * for member chunks before declaring the guild ready.
     */
    static Map<String, Object> guildCreate(FakeDiscord f) {
        synchronized (f) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", str(GUILD_ID));
            g.put("name", "Tradewire Test");
            g.put("icon", null);
            g.put("owner_id", str(FakeDiscord.OWNER.id()));
            g.put("roles", List.of(
                    DiscordEvents.role(GUILD_ID, "@everyone", FakeDiscord.EVERYONE_PERMISSIONS, 0),
                    DiscordEvents.role(FakeDiscord.ADMIN_ROLE_ID, "Admin", 8, 1),
                    DiscordEvents.role(FakeDiscord.BOT_ROLE_ID, "Tradewire", 8, 2)));
            g.put("channels", f.channels.values().stream().filter(c -> !c.dm())
                    .map(c -> DiscordEvents.channel(c, null)).toList());
            g.put("members", f.members.entrySet().stream()
                    .map(e -> DiscordEvents.member(f.users.get(e.getKey()), e.getValue(), true)).toList());
            g.put("member_count", f.members.size());
            g.put("large", false);
            g.put("unavailable", false);
            g.put("joined_at", DiscordEvents.JOINED_AT);
            g.put("preferred_locale", "en-US");
            // JDA reads these arrays without defaults
            for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                    "presences", "features", "stage_instances")) {
                g.put(empty, List.of());
            }
            // JDA maps afk_timeout to an enum that has no 0
            g.put("afk_timeout", 300);
            g.put("premium_tier", 0);
            g.put("verification_level", 0);
            g.put("mfa_level", 0);
            g.put("nsfw_level", 0);
            return g;
        }
    }

    static long permissions(FakeDiscord f, User u) {
        List<Long> roles = f.members.getOrDefault(u.id(), List.of());
        return u.id() == FakeDiscord.OWNER.id() || roles.contains(FakeDiscord.ADMIN_ROLE_ID)
                || roles.contains(FakeDiscord.BOT_ROLE_ID) ? ALL_PERMISSIONS : FakeDiscord.EVERYONE_PERMISSIONS;
    }

    /** INTERACTION_CREATE; the caller holds the fake's lock. */
    static Map<String, Object> interaction(FakeDiscord f, Interaction i, long id, String token, Channel channel) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", str(id));
        p.put("application_id", str(APPLICATION_ID));
        p.put("type", i.type);
        p.put("token", token);
        p.put("version", 1);
        p.put("channel_id", str(channel.id()));
        Map<String, Object> channelJson = DiscordEvents.channel(channel, i.user);
        p.put("channel", channelJson);
        p.put("locale", "en-US");
        p.put("entitlements", List.of());
        p.put("app_permissions", Long.toString(ALL_PERMISSIONS));
        if (channel.dm()) {
            p.put("user", DiscordEvents.user(i.user));
            p.put("context", 1);
            p.put("authorizing_integration_owners", Map.of("0", "0"));
        } else {
            p.put("guild_id", str(GUILD_ID));
            p.put("guild", Map.of("id", str(GUILD_ID), "locale", "en-US", "features", List.of()));
            p.put("guild_locale", "en-US");
            Map<String, Object> member = DiscordEvents.member(i.user, f.members.getOrDefault(i.user.id(), List.of()),
                    true);
            member.put("permissions", Long.toString(permissions(f, i.user)));
            p.put("member", member);
            p.put("context", 0);
            p.put("authorizing_integration_owners", Map.of("0", str(GUILD_ID)));
            channelJson.put("permissions", Long.toString(permissions(f, i.user)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        switch (i.type) {
            case DiscordEvents.COMMAND, DiscordEvents.AUTOCOMPLETE -> command(f, i, channel, data);
            case DiscordEvents.COMPONENT -> {
                data.put("custom_id", i.name);
                data.put("component_type", 2);
                Map<String, Object> message = f.messages.get(i.messageId);
                p.put("message", message != null ? new LinkedHashMap<>(message)
                        : Map.of("id", str(i.messageId), "flags", 64));
            }
            case DiscordEvents.MODAL_SUBMIT -> {
                data.put("custom_id", i.name);
                data.put("components", i.inputs);
            }
            default -> throw new IllegalArgumentException("interaction type " + i.type);
        }
        p.put("data", data);
        return p;
    }

    private static void command(FakeDiscord f, Interaction i, Channel channel, Map<String, Object> data) {
        Map<String, Object> registered = f.log.command(i.name);
        data.put("id", registered != null ? registered.get("id") : str(Snowflakes.next()));
        data.put("name", i.name);
        data.put("type", 1);
        if (registered != null && registered.get("guild_id") != null) {
            data.put("guild_id", registered.get("guild_id"));
        }
        data.put("options", i.subcommand == null ? i.options
                : List.of(Map.of("name", i.subcommand, "type", 1, "options", i.options)));
        Map<String, Object> users = new LinkedHashMap<>();
        Map<String, Object> members = new LinkedHashMap<>();
        i.resolvedUsers.values().forEach(u -> {
            users.put(str(u.id()), DiscordEvents.user(u));
            if (!channel.dm()) {
                Map<String, Object> m = DiscordEvents.member(u, f.members.getOrDefault(u.id(), List.of()), false);
                m.put("permissions", Long.toString(permissions(f, u)));
                members.put(str(u.id()), m);
            }
        });
        Map<String, Object> channels = new LinkedHashMap<>();
        for (long id : i.resolvedChannels) {
            Channel c = f.channels.get(id);
            if (c == null) {
                throw new IllegalArgumentException("no channel " + id + " for a channel option");
            }
            Map<String, Object> json = DiscordEvents.channel(c, null);
            json.put("permissions", Long.toString(ALL_PERMISSIONS));
            channels.put(str(id), json);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        if (!users.isEmpty()) {
            resolved.put("users", users);
        }
        if (!members.isEmpty()) {
            resolved.put("members", members);
        }
        if (!channels.isEmpty()) {
            resolved.put("channels", channels);
        }
        if (!resolved.isEmpty()) {
            data.put("resolved", resolved);
        }
    }

    static Map<String, Object> parseObject(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }

    static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
