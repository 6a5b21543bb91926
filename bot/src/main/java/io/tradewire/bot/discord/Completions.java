package io.tradewire.bot.discord;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.command.ProviderCommands;
import io.tradewire.bot.command.TradeCommands;
import io.tradewire.bot.command.Views;
import jakarta.inject.Singleton;
import net.dv8tion.jda.api.interactions.commands.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Suggestions while a user types an option: providers (any user), and their own accounts and
 * open symbols. A provider's suggestion carries its number ("#12"), which the facade reads as
 * that provider whatever its name.
 */
@Singleton
class Completions {
    /** Discord shows at most 25 */
    static final int MAX = 25;

    private final ProviderCommands providers;
    private final AccountCommands accounts;
    private final TradeCommands trades;

    Completions(ProviderCommands providers, AccountCommands accounts, TradeCommands trades) {
        this.providers = providers;
        this.accounts = accounts;
        this.trades = trades;
    }

    List<Command.Choice> suggest(ChatUser u, String option, String typed) {
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (option) {
                case "provider" -> providers.providers().stream()
                        .filter(p -> matches(t, p.handle(), p.name()))
                        .map(p -> new Command.Choice(p.handle(), "#" + p.providerId())).limit(MAX).toList();
                case "account" -> accounts.accounts(u).stream().map(Views.AccountLine::label)
                        .filter(l -> matches(t, l)).map(l -> new Command.Choice(l, l)).limit(MAX).toList();
                case "symbol" -> {
                    List<String> symbols = new ArrayList<>(trades.positions(u).stream()
                            .map(Views.PositionLine::symbol).distinct().filter(s -> matches(t, s)).toList());
                    if (!symbols.isEmpty() && matches(t, "all")) {
                        symbols.add("all");
                    }
                    yield symbols.stream().map(s -> new Command.Choice(s, s)).limit(MAX).toList();
                }
                default -> List.of();
            };
        } catch (CommandException e) {
            // not registered yet: nothing of theirs to suggest
            return List.of();
        }
    }

    private static boolean matches(String typed, String... names) {
        return typed.isEmpty() || Stream.of(names).anyMatch(n -> n != null
                && n.toLowerCase(Locale.ROOT).contains(typed));
    }
}
