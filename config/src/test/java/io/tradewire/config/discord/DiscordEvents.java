package io.tradewire.config.discord;

import io.tradewire.config.discord.FakeDiscord.Channel;
import io.tradewire.config.discord.FakeDiscord.User;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Discord's JSON shapes, as JDA 6 parses them: users, members, channels, roles, messages, and the
 * {@link Interaction} builder for INTERACTION_CREATE (slash commands with typed options, button presses, modal
 * submits, autocomplete). Ids are strings as on the wire. Fields JDA reads without a default are always present
 * (for example {@code mentions}, {@code mention_roles}, a role's {@code color}); leaving one out makes JDA drop the
 * event with a parse error in its log rather than fail the test, hence the care.
 */
public final class DiscordEvents {
    static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";
    /** Interaction types on the wire. */
    static final int PING = 1, COMMAND = 2, COMPONENT = 3, AUTOCOMPLETE = 4, MODAL_SUBMIT = 5;

    private DiscordEvents() {
    }

    /** A user object. */
    public static Map<String, Object> user(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", str(u.id()));
        m.put("username", u.name());
        m.put("global_name", u.name());
        m.put("discriminator", "0");
        m.put("avatar", null);
        m.put("bot", u.bot());
        m.put("public_flags", 0);
        return m;
    }

    /** A guild member; {@code withUser} false for the partial member Discord puts in MESSAGE_CREATE. */
    static Map<String, Object> member(User u, List<Long> roles, boolean withUser) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withUser) {
            m.put("user", user(u));
        }
        m.put("roles", roles.stream().map(DiscordEvents::str).toList());
        m.put("joined_at", JOINED_AT);
        m.put("nick", null);
        m.put("avatar", null);
        m.put("premium_since", null);
        m.put("communication_disabled_until", null);
        m.put("deaf", false);
        m.put("mute", false);
        m.put("flags", 0);
        m.put("pending", false);
        return m;
    }

    /** A text channel (type 0) of the guild, or a DM channel (type 1) with its recipient. */
    static Map<String, Object> channel(Channel c, User recipient) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", str(c.id()));
        m.put("last_message_id", null);
        m.put("flags", 0);
        if (c.dm()) {
            m.put("type", 1);
            m.put("recipients", List.of(user(recipient)));
            return m;
        }
        m.put("type", 0);
        m.put("guild_id", str(c.guildId()));
        m.put("name", c.name());
        m.put("position", c.position());
        m.put("parent_id", null);
        m.put("topic", null);
        m.put("nsfw", false);
        m.put("rate_limit_per_user", 0);
        m.put("permission_overwrites", List.of());
        return m;
    }

    static Map<String, Object> role(long id, String name, long permissions, int position) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", str(id));
        m.put("name", name);
        m.put("color", 0);
        m.put("hoist", false);
        m.put("icon", null);
        m.put("unicode_emoji", null);
        m.put("position", position);
        m.put("permissions", Long.toString(permissions));
        m.put("managed", false);
        m.put("mentionable", false);
        m.put("flags", 0);
        return m;
    }

    /** ISO-8601 time of a snowflake, Discord's timestamp format. */
    static String timestamp(long snowflake) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Snowflakes.time(snowflake).atOffset(ZoneOffset.UTC));
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * A message as Discord returns it over REST and (plus {@code member}, which the fake adds for guild messages)
     * in MESSAGE_CREATE. {@code replyTo} may be null; when given, the message is a reply (type 19) carrying
     * {@code message_reference} and, as Discord does, the {@code referenced_message}.
     */
    public static Map<String, Object> message(long id, Channel channel, User author, String content,
            Map<String, Object> replyTo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", str(id));
        m.put("type", replyTo == null ? 0 : 19);
        m.put("channel_id", str(channel.id()));
        if (!channel.dm()) {
            m.put("guild_id", str(channel.guildId()));
        }
        m.put("author", user(author));
        m.put("content", content);
        m.put("timestamp", timestamp(id));
        m.put("edited_timestamp", null);
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.put("mentions", List.of());
        m.put("mention_roles", List.of());
        m.put("attachments", List.of());
        m.put("embeds", List.of());
        m.put("components", List.of());
        m.put("pinned", false);
        m.put("flags", 0);
        if (replyTo != null) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("type", 0);
            ref.put("message_id", replyTo.get("id"));
            ref.put("channel_id", replyTo.get("channel_id"));
            if (replyTo.get("guild_id") != null) {
                ref.put("guild_id", replyTo.get("guild_id"));
            }
            m.put("message_reference", ref);
            m.put("referenced_message", replyTo);
        }
        return m;
    }

    /** A slash command interaction for {@code /command}. */
    public static Interaction slash(String command) {
        return new Interaction(COMMAND, command);
    }

    /** A button press on the message with the given id (a message the fake knows is sent in full, as Discord does). */
    public static Interaction button(String customId, long messageId) {
        Interaction i = new Interaction(COMPONENT, customId);
        i.messageId = messageId;
        return i;
    }

    /** A modal submit; add the text inputs with {@link Interaction#input}. */
    public static Interaction modal(String customId) {
        return new Interaction(MODAL_SUBMIT, customId);
    }

    /** An autocomplete request while the user types {@code partial} into option {@code option} of {@code /command}. */
    public static Interaction autocomplete(String command, String option, String partial) {
        Interaction i = new Interaction(AUTOCOMPLETE, command);
        i.option(option, 3, partial).put("focused", true);
        return i;
    }

    static String str(long id) {
        return Long.toUnsignedString(id);
    }

    /**
     * An INTERACTION_CREATE being built. By default it comes from {@link FakeDiscord#MEMBER} in
     * {@link FakeDiscord#GENERAL}; {@link FakeDiscord#interact} turns it into the payload (with id, token, guild,
     * the member and its permissions, the resolved users/channels of options) and dispatches it.
     */
    public static final class Interaction {
        final int type;
        final String name;
        final List<Map<String, Object>> options = new ArrayList<>();
        final List<Map<String, Object>> inputs = new ArrayList<>();
        final Map<Long, User> resolvedUsers = new LinkedHashMap<>();
        final List<Long> resolvedChannels = new ArrayList<>();
        User user = FakeDiscord.MEMBER;
        long channelId = FakeDiscord.GENERAL;
        boolean dm;
        String subcommand;
        long messageId;

        private Interaction(int type, String name) {
            this.type = type;
            this.name = name;
        }

        /** Who invokes it. */
        public Interaction by(User user) {
            this.user = user;
            return this;
        }

        /** In which guild text channel. */
        public Interaction in(long channelId) {
            this.channelId = channelId;
            this.dm = false;
            return this;
        }

        /** In the user's DM with the bot (no guild, no member: JDA sees {@code isFromGuild() == false}). */
        public Interaction inDm() {
            this.dm = true;
            return this;
        }

        /** Invokes {@code /name <subcommand>}: the options added go under the subcommand. */
        public Interaction subcommand(String subcommand) {
            this.subcommand = subcommand;
            return this;
        }

        public Interaction string(String option, String value) {
            option(option, 3, value);
            return this;
        }

        public Interaction integer(String option, long value) {
            option(option, 4, value);
            return this;
        }

        public Interaction bool(String option, boolean value) {
            option(option, 5, value);
            return this;
        }

        /** A user option; the user is put in {@code resolved} (and as a member when in a guild). */
        public Interaction user(String option, User value) {
            option(option, 6, str(value.id()));
            resolvedUsers.put(value.id(), value);
            return this;
        }

        /** A channel option (a #mention in the client); the channel must be one of the fake's. */
        public Interaction channel(String option, long channelId) {
            option(option, 7, str(channelId));
            resolvedChannels.add(channelId);
            return this;
        }

        public Interaction number(String option, double value) {
            option(option, 10, value);
            return this;
        }

        /** A modal text input's value (JDA 6: a LABEL wrapping the TEXT_INPUT). */
        public Interaction input(String customId, String value) {
            int id = inputs.size() * 2 + 1;
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("type", 4);
            text.put("id", id + 1);
            text.put("custom_id", customId);
            text.put("value", value);
            inputs.add(new LinkedHashMap<>(Map.of("type", 18, "id", id, "component", text)));
            return this;
        }

        private Map<String, Object> option(String option, int optionType, Object value) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", option);
            o.put("type", optionType);
            o.put("value", value);
            options.add(o);
            return o;
        }
    }
}
