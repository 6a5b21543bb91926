package io.tradewire.bot.telegram;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.AdminCommands;
import io.tradewire.bot.command.Args;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.command.LinkRequest;
import io.tradewire.bot.command.NotifyCommands;
import io.tradewire.bot.command.PnlPeriod;
import io.tradewire.bot.command.ProviderCommands;
import io.tradewire.bot.command.RiskCommands;
import io.tradewire.bot.command.RiskSettings;
import io.tradewire.bot.command.SafetyCommands;
import io.tradewire.bot.command.TradeCommands;
import io.tradewire.bot.command.Views;
import io.tradewire.bot.command.WhyCommands;
import io.tradewire.bot.notify.NotifyKind;
import io.tradewire.bot.notify.NotifyMode;
import io.tradewire.bot.reply.CallbackRouter;
import io.tradewire.bot.reply.Replies;
import io.tradewire.bot.reply.Reply;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A typed command onto the facade, and its answer as a {@link Reply}. */
@Singleton
class CommandRouter {
    private final AccountCommands accounts;
    private final ProviderCommands providers;
    private final RiskCommands risk;
    private final TradeCommands trades;
    private final WhyCommands why;
    private final SafetyCommands safety;
    private final NotifyCommands notify;
    private final AdminCommands admin;

    CommandRouter(AccountCommands accounts, ProviderCommands providers, RiskCommands risk, TradeCommands trades,
                  WhyCommands why, SafetyCommands safety, NotifyCommands notify, AdminCommands admin) {
        this.accounts = accounts;
        this.providers = providers;
        this.risk = risk;
        this.trades = trades;
        this.why = why;
        this.safety = safety;
        this.notify = notify;
        this.admin = admin;
    }

    /** The answer, or empty for a command that is not ours (an unknown command in a group). */
    Optional<Reply> handle(ChatUser user, boolean privateChat, CommandLine c) {
        try {
            return Optional.ofNullable(dispatch(user, privateChat, c));
        } catch (CommandException e) {
            return Optional.of(Reply.of("Sorry: " + e.getMessage()));
        }
    }

    private Reply dispatch(ChatUser u, boolean privateChat, CommandLine c) {
        List<String> a = c.args();
        return switch (c.name()) {
            case "start" -> {
                Args.none("start", a);
                // a Telegram user's private chat has the user's id
                yield Reply.of(Replies.started(accounts.start(u, u.userId())));
            }
            case "help" -> none(c, () -> Replies.help(admin.isAdmin(u)));
            case "link" -> link(u, c);
            case "accounts" -> none(c, () -> Replies.accounts(accounts.accounts(u)));
            case "providers" -> {
                Args.none("providers", a);
                List<Views.ProviderLine> list = providers.providers();
                yield new Reply(Replies.providers(list), list.stream().limit(5).map(p -> List.of(new Reply.Button(
                        "Follow " + p.handle(), "f:" + p.providerId()))).toList());
            }
            case "follow" -> {
                Args.atMost("follow", a, 2, "<@channel> [account]");
                if (a.isEmpty()) {
                    List<Views.ProviderLine> list = providers.providers();
                    yield new Reply(list.isEmpty() ? Replies.providers(list) : "Which channel?", list.stream()
                            .map(p -> List.of(new Reply.Button(p.handle(), "f:" + p.providerId()))).toList());
                }
                yield Reply.of(Replies.followed(providers.follow(u, a.get(0), a.size() > 1 ? a.get(1) : null)));
            }
            case "unfollow" -> {
                Args.atMost("unfollow", a, 2, "<@channel> [account]");
                if (a.isEmpty()) {
                    throw new CommandException("provider", "usage: /unfollow <@channel> [account]; /following lists"
                            + " them");
                }
                yield Reply.of(Replies.unfollowed(providers.unfollow(u, a.get(0), a.size() > 1 ? a.get(1) : null)));
            }
            case "following" -> none(c, () -> Replies.following(providers.following(u)));
            case "risk" -> {
                if (a.isEmpty()) {
                    yield Reply.of(Replies.risk(risk.show(u)));
                }
                boolean named = a.get(0).startsWith("@") || a.get(0).matches("#?\\d{1,18}");
                yield Reply.of(Replies.risk(risk.set(u, named ? a.get(0) : null,
                        RiskSettings.pairs(named ? c.tail() : a))));
            }
            case "pause" -> none(c, () -> Replies.paused(trades.pause(u)));
            case "resume" -> none(c, () -> Replies.paused(trades.resume(u)));
            case "positions" -> none(c, () -> Replies.positions(trades.positions(u)));
            case "orders" -> none(c, () -> Replies.orders(trades.orders(u)));
            case "history" -> none(c, () -> Replies.history(trades.history(u)));
            case "pnl" -> {
                Args.atMost("pnl", a, 1, "[today|week|month|all]");
                PnlPeriod period = a.isEmpty() ? PnlPeriod.ALL : PnlPeriod.parse(a.get(0));
                yield new Reply(Replies.pnl(trades.pnl(u, period)), List.of(periodButtons()));
            }
            case "close" -> close(u, c);
            case "panic" -> {
                Args.none("panic", a);
                yield confirm(safety.requestPanic(u), "Yes, stop everything");
            }
            case "why" -> {
                Args.atMost("why", a, 1, "[signal number]");
                yield Reply.of(Replies.why(why.why(u, a.isEmpty() ? null : Args.id("signal", a.get(0)))));
            }
            case "notify" -> notifyCommand(u, c);
            case "killswitch" -> killSwitch(u, c);
            case "pausesub", "resumesub" -> {
                if (a.size() != 1) {
                    throw new CommandException("subscriber", "usage: /" + c.name() + " <subscriber>");
                }
                yield Reply.of(Replies.paused(admin.setSubscriberPaused(u, a.get(0), c.name().equals("pausesub"))));
            }
            default -> privateChat || c.addressed()
                    ? Reply.of("Sorry: unknown command /" + c.name() + "; /help lists them") : null;
        };
    }

    private Reply link(ChatUser u, CommandLine c) {
        List<String> a = c.args();
        if (a.isEmpty()) {
            return new Reply("What do you want to link?\n- a paper account: /link paper [label] [balance]\n"
                    + "- an exchange account: /link exchange <exchange> (binance, bybit, okx, kraken, coinbase or kucoin),"
                    + " here in this private chat only: I ask for the keys\n- an MT5 terminal: /link mt5 [label]",
                    List.of(List.of(new Reply.Button("Paper account", "l:paper"))));
        }
        List<String> t = c.tail();
        return switch (a.get(0).toLowerCase(java.util.Locale.ROOT)) {
            case "paper" -> {
                Args.atMost("link paper", t, 2, "[label] [balance]");
                String label = null;
                BigDecimal balance = null;
                for (String w : t) {
                    if (w.matches("[0-9.]+")) {
                        balance = Args.positive("balance", w);
                    } else {
                        label = w;
                    }
                }
                yield Reply.of(Replies.linked(accounts.link(u, new LinkRequest.Paper(label, balance))));
            }
            case "exchange" -> {
                // OKX, KuCoin and Coinbase keys come with a passphrase: named, so it is never taken for a label
                String passphrase = t.stream().filter(w -> w.startsWith("passphrase=")).findFirst()
                        .map(w -> w.substring("passphrase=".length())).orElse(null);
                List<String> words = t.stream().filter(w -> !w.startsWith("passphrase=")).toList();
                if (words.size() < 3 || words.size() > 4) {
                    throw new CommandException("keys", "usage: /link exchange <exchange> <api_key> <api_secret>"
                            + " [label] [passphrase=...], in a private chat with me");
                }
                yield Reply.of(Replies.linked(accounts.link(u, new LinkRequest.Exchange(words.get(0), words.get(1),
                        words.get(2), words.size() > 3 ? words.get(3) : null, passphrase))));
            }
            case "mt5" -> {
                Args.atMost("link mt5", t, 1, "[label]");
                yield Reply.of(Replies.linked(accounts.link(u, new LinkRequest.Mt5(t.isEmpty() ? null : t.get(0)))));
            }
            default -> throw new CommandException("kind", "what to link must be paper, exchange or mt5, got '"
                    + a.get(0) + "'");
        };
    }

    private Reply close(ChatUser u, CommandLine c) {
        List<String> a = c.args();
        Args.atMost("close", a, 1, "<symbol|all>");
        if (a.isEmpty()) {
            List<Views.PositionLine> open = trades.positions(u);
            if (open.isEmpty()) {
                return Reply.of("No open positions.");
            }
            List<List<Reply.Button>> rows = new ArrayList<>(open.stream().map(Views.PositionLine::symbol).distinct()
                    .map(s -> List.of(new Reply.Button(s, "k:" + s))).toList());
            rows.add(List.of(new Reply.Button("All", "k:all")));
            return new Reply("Close which?", rows);
        }
        String target = a.get(0).equalsIgnoreCase("all") ? null : Args.symbol(a.get(0));
        return confirm(safety.requestClose(u, target), "Yes, close");
    }

    static Reply confirm(SafetyCommands.Pending p, String yes) {
        return CallbackRouter.confirm(p, yes);
    }

    private Reply notifyCommand(ChatUser u, CommandLine c) {
        List<String> a = c.args();
        if (a.isEmpty()) {
            return Reply.of(Replies.notify(notify.show(u)));
        }
        if (a.size() != 2) {
            throw new CommandException("notify", "usage: /notify <kind|all> <on|silent|off>, e.g. /notify orders"
                    + " silent");
        }
        NotifyKind kind = a.get(0).equalsIgnoreCase("all") ? null : NotifyKind.parse(a.get(0));
        return Reply.of(Replies.notify(notify.set(u, kind, NotifyMode.parse(a.get(1)))));
    }

    private Reply killSwitch(ChatUser u, CommandLine c) {
        List<String> a = c.args();
        if (a.isEmpty()) {
            return Reply.of(Replies.killSwitch(admin.killSwitch(u)));
        }
        return switch (a.get(0).toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> Reply.of(Replies.killSwitch(admin.setKillSwitch(u, true,
                    c.rest().substring(a.get(0).length()).strip())));
            case "off" -> {
                Args.atMost("killswitch off", c.tail(), 0, "");
                yield Reply.of(Replies.killSwitch(admin.setKillSwitch(u, false, null)));
            }
            default -> {
                admin.killSwitch(u); // a non-admin hears that first
                throw new CommandException("switch", "usage: /killswitch on <reason> | off, got '" + a.get(0) + "'");
            }
        };
    }

    static List<Reply.Button> periodButtons() {
        return CallbackRouter.periodButtons();
    }

    private static Reply none(CommandLine c, java.util.function.Supplier<String> answer) {
        Args.none(c.name(), c.args());
        return Reply.of(answer.get());
    }
}
