package io.tradewire.bot.discord;

import io.tradewire.bot.command.CommandCatalog;
import io.tradewire.bot.command.PnlPeriod;
import io.tradewire.bot.command.Views;
import io.tradewire.bot.notify.NotifyKind;
import io.tradewire.bot.notify.NotifyMode;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command catalogue as Discord application commands: the same commands as every platform
 * ({@link CommandCatalog}), each with typed options (a channel, a number, a fixed choice) and
 * autocomplete where the answer is the user's own (providers, accounts, open symbols), plus
 * Discord's own /watch and /unwatch for server admins.
 */
final class SlashCommands {
    /** answered for everyone to see: nothing private in them */
    static final Set<String> PUBLIC = Set.of("help", "providers", "watch", "unwatch");

    private SlashCommands() {
    }

    static List<SlashCommandData> all() {
        List<SlashCommandData> out = new ArrayList<>();
        for (Views.CommandInfo c : CommandCatalog.ALL) {
            SlashCommandData data = Commands.slash(c.name(), c.description());
            options(data, c.name());
            // the commands work in servers and in a DM with the bot alike
            data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            out.add(data);
        }
        for (String name : List.of("watch", "unwatch")) {
            out.add(Commands.slash(name, name.equals("watch") ? "read this channel's posts as signals (server admins)"
                            : "stop reading this channel's posts (server admins)")
                    .setContexts(InteractionContextType.GUILD)
                    // Discord shows them to server managers only; the bot checks again when one is used
                    .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)));
        }
        return out;
    }

    /** True when the answer holds the user's own data and is shown to them alone. */
    static boolean ephemeral(String command) {
        return !PUBLIC.contains(command);
    }

    private static void options(SlashCommandData d, String name) {
        switch (name) {
            case "link" -> d.addSubcommands(
                    new SubcommandData("paper", "a further paper account").addOptions(
                            new OptionData(OptionType.STRING, "label", "its label, like paper2"),
                            new OptionData(OptionType.NUMBER, "balance", "its starting balance").setMinValue(0.01)),
                    new SubcommandData("exchange", "an exchange account: the keys go in a form only you see")
                            .addOptions(new OptionData(OptionType.STRING, "exchange", "binance, bybit, okx, kraken, ...",
                                    true), new OptionData(OptionType.STRING, "label", "its label")),
                    new SubcommandData("mt5", "a MetaTrader 5 terminal").addOptions(
                            new OptionData(OptionType.STRING, "label", "its label")));
            case "follow", "unfollow" -> d.addOptions(
                    new OptionData(OptionType.CHANNEL, "channel", "the signal channel").setChannelTypes(
                            ChannelType.TEXT, ChannelType.NEWS),
                    new OptionData(OptionType.STRING, "provider", "or the provider's name").setAutoComplete(true),
                    new OptionData(OptionType.STRING, "account", "which of your accounts (paper unless named)")
                            .setAutoComplete(true));
            case "risk" -> d.addOptions(
                    new OptionData(OptionType.STRING, "settings", "key=value ..., e.g. risk_pct=1 max_open=3"),
                    new OptionData(OptionType.STRING, "provider", "only this follow").setAutoComplete(true));
            case "pnl" -> d.addOptions(choices(new OptionData(OptionType.STRING, "period", "which period"),
                    java.util.Arrays.stream(PnlPeriod.values()).map(PnlPeriod::wire).toList()));
            case "close" -> d.addOptions(new OptionData(OptionType.STRING, "symbol", "an open symbol, or all")
                    .setAutoComplete(true));
            case "why" -> d.addOptions(new OptionData(OptionType.INTEGER, "signal", "the signal number")
                    .setMinValue(1));
            case "notify" -> {
                List<String> kinds = new ArrayList<>(java.util.Arrays.stream(NotifyKind.values()).map(NotifyKind::wire)
                        .toList());
                kinds.add("all");
                d.addOptions(choices(new OptionData(OptionType.STRING, "kind", "which notices"), kinds),
                        choices(new OptionData(OptionType.STRING, "mode", "on, silent or off"),
                                java.util.Arrays.stream(NotifyMode.values()).map(NotifyMode::wire).toList()));
            }
            case "killswitch" -> d.addOptions(choices(new OptionData(OptionType.STRING, "state", "on or off"),
                    List.of("on", "off")), new OptionData(OptionType.STRING, "reason", "why (to engage it)"));
            case "pausesub", "resumesub" -> d.addOptions(new OptionData(OptionType.STRING, "subscriber",
                    "the subscriber's name", true));
            default -> {
                // no arguments
            }
        }
    }

    private static OptionData choices(OptionData o, List<String> values) {
        values.forEach(v -> o.addChoice(v, v));
        return o;
    }
}
