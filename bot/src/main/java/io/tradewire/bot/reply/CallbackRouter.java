package io.tradewire.bot.reply;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.command.ConfirmResult;
import io.tradewire.bot.command.LinkRequest;
import io.tradewire.bot.command.PnlPeriod;
import io.tradewire.bot.command.ProviderCommands;
import io.tradewire.bot.command.SafetyCommands;
import io.tradewire.bot.command.TradeCommands;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A button press onto the facade. Every press acts for the user who pressed it; a
 * confirmation counts only from its asker ({@link SafetyCommands} checks that). Shared by the
 * platforms: the button data it reads back is made here too ({@link #confirm}, {@link #periodButtons}).
 */
@Singleton
public class CallbackRouter {
    private final SafetyCommands safety;
    private final ProviderCommands providers;
    private final TradeCommands trades;
    private final AccountCommands accounts;

    CallbackRouter(SafetyCommands safety, ProviderCommands providers, TradeCommands trades, AccountCommands accounts) {
        this.safety = safety;
        this.providers = providers;
        this.trades = trades;
        this.accounts = accounts;
    }

    /**
     * What to do with a press: a short answer on the button (an alert when {@code alert}), and,
     * when {@code edit} is set, the new text of the message the button was on (its buttons replaced).
     */
    public record Outcome(String answer, boolean alert, @Nullable Reply edit) {
    }

    public Outcome handle(ChatUser presser, String data) {
        try {
            return dispatch(presser, data == null ? "" : data);
        } catch (CommandException e) {
            return new Outcome(e.getMessage(), true, null);
        }
    }

    private Outcome dispatch(ChatUser u, String data) {
        int colon = data.indexOf(':');
        String kind = colon < 0 ? data : data.substring(0, colon);
        String arg = colon < 0 ? "" : data.substring(colon + 1);
        return switch (kind) {
            case "c" -> confirmed(safety.confirm(u, arg));
            case "x" -> confirmed(safety.cancel(u, arg));
            case "f" -> done(Replies.followed(providers.follow(u, "#" + arg, null)));
            case "p" -> {
                Reply r = new Reply(Replies.pnl(trades.pnl(u, PnlPeriod.parse(arg))),
                        List.of(periodButtons()));
                yield new Outcome("", false, r);
            }
            case "k" -> {
                SafetyCommands.Pending p = safety.requestClose(u, arg.equals("all") ? null : arg);
                yield new Outcome("", false, confirm(p, "Yes, close"));
            }
            case "l" -> done(Replies.linked(accounts.link(u, new LinkRequest.Paper(null, null))));
            default -> new Outcome("This button is no longer valid.", true, null);
        };
    }

    private static Outcome confirmed(ConfirmResult r) {
        return switch (r) {
            // another user's press: tell them alone, and leave the question waiting for its asker
            case ConfirmResult.NotYours n -> new Outcome(n.message(), true, null);
            case ConfirmResult.Stale s -> new Outcome(s.message(), true, Reply.of(s.message()));
            default -> done(Replies.confirmed(r));
        };
    }

    private static Outcome done(String text) {
        return new Outcome("", false, Reply.of(text));
    }

    /** The question of a /close or /panic with its confirming and cancelling buttons. */
    public static Reply confirm(SafetyCommands.Pending p, String yes) {
        String token = p.confirmation().token();
        return new Reply(p.question(), List.of(List.of(new Reply.Button(yes, "c:" + token),
                new Reply.Button("No", "x:" + token))));
    }

    public static List<Reply.Button> periodButtons() {
        return List.of(new Reply.Button("Today", "p:today"), new Reply.Button("Week", "p:week"),
                new Reply.Button("Month", "p:month"), new Reply.Button("All", "p:all"));
    }
}
