package io.tradewire.bot.command;

/**
 * Who sent a command: a user id on a chat platform (as text: Discord's ids do not fit a long)
 * and the name to greet them by. The platform adapter vouches for the id.
 */
public record ChatUser(Platform platform, String userId, String displayName) {
    public ChatUser {
        if (platform == null || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a chat user needs a platform and a user id");
        }
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
    }

    /** A stable actor name for the audit log. */
    public String actor() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + userId;
    }
}
