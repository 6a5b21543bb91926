package io.tradewire.bot.discord;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.AdminCommands;
import io.tradewire.bot.command.Args;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.command.Identities;
import io.tradewire.bot.command.LinkRequest;
import io.tradewire.bot.command.NotifyCommands;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.command.PnlPeriod;
import io.tradewire.bot.command.ProviderCommands;
import io.tradewire.bot.command.RiskCommands;
import io.tradewire.bot.command.RiskSettings;
import io.tradewire.bot.command.SafetyCommands;
import io.tradewire.bot.command.TradeCommands;
import io.tradewire.bot.command.Views;
import io.tradewire.bot.command.WhyCommands;
import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.ChatChannel;
import io.tradewire.bot.notify.NotifyKind;
import io.tradewire.bot.notify.NotifyMode;
import io.tradewire.bot.reply.CallbackRouter;
import io.tradewire.bot.reply.Replies;
import io.tradewire.bot.reply.Reply;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A slash command onto the facade, and its answer. The same commands and the same checks as on
 * every platform ({@link Args}, the facade's {@link CommandException}s); only reading the typed
 * options and /watch are Discord's own.
 */
@Singleton
class SlashRouter {
    private static final String WATCH_HELP = "\n/watch - mark this channel as a signal channel (server admins)"
            + "\n/unwatch - stop reading this channel (server admins)";

    private final AccountCommands accounts;
    private final ProviderCommands providers;
    private final RiskCommands risk;
    private final TradeCommands trades;
    private final WhyCommands why;
    private final SafetyCommands safety;
    private final NotifyCommands notify;
    private final AdminCommands admin;
    private final Identities identities;
    private final ChannelDirectory directory;
    private final Watches watches;

    SlashRouter(AccountCommands accounts, ProviderCommands providers, RiskCommands risk, TradeCommands trades,
                WhyCommands why, SafetyCommands safety, NotifyCommands notify, AdminCommands admin,
                Identities identities, ChannelDirectory directory, Watches watches) {
        this.accounts = accounts;
        this.providers = providers;
        this.risk = risk;
        this.trades = trades;
        this.why = why;
        this.safety = safety;
        this.notify = notify;
        this.admin = admin;
        this.identities = identities;
        this.directory = directory;
        this.watches = watches;
    }

    /** The answer; a refusal is a text answer saying what is wrong, nothing having been done. */
    Slash.Answer handle(ChatUser user, Slash c) {
        try {
            return dispatch(user, c);
        } catch (CommandException e) {
            return text("Sorry: " + e.getMessage());
        }
    }

    private Slash.Answer dispatch(ChatUser u, Slash c) {
        return switch (c.name()) {
            // a Discord user's DMs are reached by their user id
            case "start" -> text(Replies.started(accounts.start(u, u.userId())));
            case "help" -> text(help(admin.isAdmin(u)));
            case "link" -> link(u, c);
            case "accounts" -> text(Replies.accounts(accounts.accounts(u)));
            case "providers" -> {
                List<Views.ProviderLine> list = providers.providers();
                yield new Slash.Text(new Reply(list.isEmpty() ? "No signal channels yet: a server admin runs /watch"
                        + " in a channel to mark it." : Replies.providers(list), list.stream().limit(5)
                        .map(p -> List.of(new Reply.Button("Follow " + p.handle(), "f:" + p.providerId()))).toList()));
            }
            case "follow" -> {
                String provider = provider(u, c);
                if (provider == null) {
                    List<Views.ProviderLine> list = providers.providers();
                    yield new Slash.Text(new Reply(list.isEmpty() ? "No signal channels yet." : "Which channel?",
                            list.stream().map(p -> List.of(new Reply.Button(p.handle(), "f:" + p.providerId())))
                                    .toList()));
                }
                yield text(Replies.followed(providers.follow(u, provider, c.option("account"))));
            }
            case "unfollow" -> {
                String provider = provider(u, c);
                if (provider == null) {
                    throw new CommandException("provider", "name the channel or the provider; /following lists them");
                }
                yield text(Replies.unfollowed(providers.unfollow(u, provider, c.option("account"))));
            }
            case "following" -> text(Replies.following(providers.following(u)));
            case "risk" -> {
                String settings = c.option("settings");
                if (settings == null && c.option("provider") == null) {
                    yield text(Replies.risk(risk.show(u)));
                }
                List<String> words = settings == null ? List.of() : Arrays.asList(settings.split("\\s+"));
                yield text(Replies.risk(risk.set(u, c.option("provider"), RiskSettings.pairs(words))));
            }
            case "pause" -> text(Replies.paused(trades.pause(u)));
            case "resume" -> text(Replies.paused(trades.resume(u)));
            case "positions" -> text(Replies.positions(trades.positions(u)));
            case "orders" -> text(Replies.orders(trades.orders(u)));
            case "history" -> text(Replies.history(trades.history(u)));
            case "pnl" -> {
                PnlPeriod period = c.option("period") == null ? PnlPeriod.ALL : PnlPeriod.parse(c.option("period"));
                yield new Slash.Text(new Reply(Replies.pnl(trades.pnl(u, period)),
                        List.of(CallbackRouter.periodButtons())));
            }
            case "close" -> close(u, c.option("symbol"));
            case "panic" -> new Slash.Text(CallbackRouter.confirm(safety.requestPanic(u), "Yes, stop everything"));
            case "why" -> text(Replies.why(why.why(u, c.option("signal") == null ? null
                    : Args.id("signal", c.option("signal")))));
            case "notify" -> notifyCommand(u, c);
            case "killswitch" -> killSwitch(u, c);
            case "pausesub", "resumesub" -> {
                String who = c.option("subscriber");
                if (who == null) {
                    throw new CommandException("subscriber", "usage: /" + c.name() + " <subscriber>");
                }
                yield text(Replies.paused(admin.setSubscriberPaused(u, who, c.name().equals("pausesub"))));
            }
            case "watch" -> watch(u, c.place(), true);
            case "unwatch" -> watch(u, c.place(), false);
            default -> text("Sorry: unknown command /" + c.name() + "; /help lists them");
        };
    }

    private Slash.Answer link(ChatUser u, Slash c) {
        String label = c.option("label");
        return switch (c.subcommand() == null ? "" : c.subcommand()) {
            case "paper" -> text(Replies.linked(accounts.link(u, new LinkRequest.Paper(label,
                    c.option("balance") == null ? null : Args.positive("balance", c.option("balance"))))));
            case "exchange" -> {
                identities.require(u);
                // an exchange Tradewire does not bundle is refused before the form asks for any key
                String exchange = accounts.exchange(c.option("exchange"));
                yield new Slash.AskKeys(exchange, label == null ? null : Args.label(label));
            }
            case "mt5" -> text(Replies.linked(accounts.link(u, new LinkRequest.Mt5(label))));
            default -> throw new CommandException("kind", "what to link must be paper, exchange or mt5");
        };
    }

    /**
     * The provider a /follow names: a channel (its id, looked up among the channels seen) or a
     * provider's name or number as typed or picked from the suggestions; null when neither is given.
     */
    private String provider(ChatUser u, Slash c) {
        String channel = c.option("channel");
        String named = c.option("provider");
        if (channel != null && named != null) {
            throw new CommandException("provider", "give a channel or a provider, not both");
        }
        if (channel != null) {
            ChatChannel seen = directory.find(Platform.DISCORD, channel).orElseThrow(() -> new CommandException(
                    "channel", "<#" + channel + "> is not a signal channel: a server admin runs /watch there first"));
            return "#" + seen.providerId();
        }
        return named;
    }

    private Slash.Answer close(ChatUser u, String symbol) {
        if (symbol == null) {
            List<Views.PositionLine> open = trades.positions(u);
            if (open.isEmpty()) {
                return text("No open positions.");
            }
            List<List<Reply.Button>> rows = new ArrayList<>(open.stream().map(Views.PositionLine::symbol).distinct()
                    .map(s -> List.of(new Reply.Button(s, "k:" + s))).toList());
            rows.add(List.of(new Reply.Button("All", "k:all")));
            return new Slash.Text(new Reply("Close which?", rows));
        }
        String target = symbol.equalsIgnoreCase("all") ? null : Args.symbol(symbol);
        return new Slash.Text(CallbackRouter.confirm(safety.requestClose(u, target), "Yes, close"));
    }

    private Slash.Answer notifyCommand(ChatUser u, Slash c) {
        String kind = c.option("kind");
        String mode = c.option("mode");
        if (kind == null && mode == null) {
            return text(Replies.notify(notify.show(u)));
        }
        if (kind == null || mode == null) {
            throw new CommandException("notify", "usage: /notify <kind|all> <on|silent|off>, e.g. /notify orders"
                    + " silent");
        }
        NotifyKind k = kind.equalsIgnoreCase("all") ? null : NotifyKind.parse(kind);
        return text(Replies.notify(notify.set(u, k, NotifyMode.parse(mode))));
    }

    private Slash.Answer killSwitch(ChatUser u, Slash c) {
        String state = c.option("state");
        if (state == null) {
            return text(Replies.killSwitch(admin.killSwitch(u)));
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "on" -> text(Replies.killSwitch(admin.setKillSwitch(u, true, c.option("reason"))));
            case "off" -> text(Replies.killSwitch(admin.setKillSwitch(u, false, null)));
            default -> {
                admin.killSwitch(u); // a non-admin hears that first
                throw new CommandException("switch", "usage: /killswitch on <reason> | off, got '" + state + "'");
            }
        };
    }

    private Slash.Answer watch(ChatUser u, Slash.Place place, boolean on) {
        String command = on ? "/watch" : "/unwatch";
        if (place == null) {
            throw new CommandException("channel", command + " works in a server channel, not in a DM");
        }
        if (!place.serverAdmin()) {
            throw new CommandException("user", command + " is for the server's admins (Administrator or Manage"
                    + " Server permission)");
        }
        String name = "#" + place.channelName();
        if (!on) {
            return text(watches.unwatch(place.channelId()) ? "Stopped reading " + name
                    + ": its posts are no longer copied. Open trades are still managed."
                    : name + " was not a signal channel.");
        }
        // known as a provider at once, so subscribers can /follow it before its first post
        directory.seen(Watches.ref(place.channelId(), place.channelName(), place.guildName()));
        watches.watch(place.channelId(), place.guildId(), u.actor(), place.latestMessageId());
        return text("Watching " + name + ": its posts are read as signals from now on. Subscribers copy it with"
                + " /follow channel:" + name + ".");
    }

    /**
     * The catalogue as /help shows it, with Discord's options where they differ from typed words:
     * a channel is picked, not written, and keys go in a form, never in the command.
     */
    static String help(boolean admin) {
        java.util.Map<String, String> discordArgs = java.util.Map.of(
                "link", "paper [label] [balance] | exchange <exchange> [label] (the keys go in a form) | mt5 [label]",
                "follow", "channel:#channel | provider:<name> [account]",
                "unfollow", "channel:#channel | provider:<name> [account]",
                "risk", "[settings:key=value ...] [provider:<name>]");
        return io.tradewire.bot.command.CommandCatalog.ALL.stream().filter(c -> admin || !c.adminOnly())
                .map(c -> {
                    String args = discordArgs.getOrDefault(c.name(), c.arguments());
                    return "/" + c.name() + (args.isEmpty() ? "" : " " + args) + " - " + c.description();
                }).collect(java.util.stream.Collectors.joining("\n")) + WATCH_HELP;
    }

    private static Slash.Answer text(String s) {
        return new Slash.Text(Reply.of(s));
    }
}
