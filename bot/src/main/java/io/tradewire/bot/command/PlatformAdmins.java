package io.tradewire.bot.command;

import java.util.Set;

/** The admins of one platform, by their platform user ids, as its configuration lists them. */
public interface PlatformAdmins {
    Platform platform();

    Set<String> userIds();
}
