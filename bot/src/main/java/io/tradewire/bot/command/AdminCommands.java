package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.control.KillSwitch;
import io.tradewire.trading.control.KillSwitches;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;

/**
 * The admins' commands: the global kill switch and pausing a subscriber. An admin is a platform
 * user id listed in that platform's configuration ({@link PlatformAdmins}); anyone else is
 * refused before anything is read.
 */
@Singleton
public class AdminCommands {
    private final List<PlatformAdmins> admins;
    private final KillSwitches killSwitches;
    private final SubscriberRepository subscribers;
    private final TradeCommands tradeCommands;
    private final TransactionOperations<Connection> tx;

    AdminCommands(List<PlatformAdmins> admins, KillSwitches killSwitches, SubscriberRepository subscribers,
                  TradeCommands tradeCommands, TransactionOperations<Connection> tx) {
        this.admins = admins;
        this.killSwitches = killSwitches;
        this.subscribers = subscribers;
        this.tradeCommands = tradeCommands;
        this.tx = tx;
    }

    public boolean isAdmin(ChatUser user) {
        return admins.stream().anyMatch(a -> a.platform() == user.platform() && a.userIds().contains(user.userId()));
    }

    public Views.KillSwitchState killSwitch(ChatUser admin) {
        require(admin, "killswitch");
        return tx.executeRead(s -> killSwitches.globalEngaged()).map(AdminCommands::state)
                .orElse(new Views.KillSwitchState(false, null, null));
    }

    /** Engages (a reason is required) or releases the global kill switch. */
    public Views.KillSwitchState setKillSwitch(ChatUser admin, boolean engaged, @Nullable String reason) {
        require(admin, "killswitch");
        KillSwitch k = Guard.run(() -> killSwitches.setGlobal(admin.actor(), engaged, reason));
        return state(k);
    }

    /** Pauses or resumes a subscriber by name (new entries only; open trades are still managed). */
    public Views.PauseState setSubscriberPaused(ChatUser admin, String subscriber, boolean paused) {
        require(admin, paused ? "pausesub" : "resumesub");
        if (subscriber == null || subscriber.isBlank()) {
            throw new CommandException("subscriber", "name the subscriber, like tg_123456");
        }
        Subscriber sub = tx.executeRead(s -> subscribers.findByName(subscriber.trim())).orElseThrow(() ->
                new CommandException("subscriber", "no subscriber named '" + subscriber + "'"));
        return tradeCommands.setPaused(admin.actor(), sub, paused);
    }

    private void require(ChatUser user, String command) {
        if (!isAdmin(user)) {
            throw new CommandException("user", "/" + command + " is for admins only");
        }
    }

    private static Views.KillSwitchState state(KillSwitch k) {
        return new Views.KillSwitchState(k.engaged(), k.reason(), k.changedBy());
    }
}
