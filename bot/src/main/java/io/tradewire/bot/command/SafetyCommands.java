package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.control.EmergencyStop;
import io.tradewire.trading.control.PositionCloser;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /close and /panic. Neither acts when asked: each returns a {@link Confirmation} whose token
 * the front end puts in a button, and only the asker's press, once, within
 * {@link ChatConfig#getConfirmWithin()}, does it.
 */
@Singleton
public class SafetyCommands {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Identities identities;
    private final ConfirmationRepository confirmations;
    private final TradingQueries queries;
    private final TradeCommands tradeCommands;
    private final PositionCloser closer;
    private final EmergencyStop emergencyStop;
    private final ChatConfig config;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    SafetyCommands(Identities identities, ConfirmationRepository confirmations, TradingQueries queries,
                   TradeCommands tradeCommands, PositionCloser closer, EmergencyStop emergencyStop, ChatConfig config,
                   TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.confirmations = confirmations;
        this.queries = queries;
        this.tradeCommands = tradeCommands;
        this.closer = closer;
        this.emergencyStop = emergencyStop;
        this.config = config;
        this.tx = tx;
        this.clock = clock;
    }

    /** A confirmation to ask for, with the question to put to the user. */
    public record Pending(Confirmation confirmation, String question) {
    }

    /** Asks to close {@code symbol}'s positions, or all of them when null. */
    public Pending requestClose(ChatUser user, @Nullable String symbol) {
        Subscriber sub = identities.require(user);
        List<Position> open = queries.positions(new Viewer.User(sub.name())).stream().filter(Position::isOpen)
                .filter(p -> symbol == null || symbol.equals(p.symbol())).toList();
        if (open.isEmpty()) {
            throw new CommandException("symbol", symbol == null ? "you have no open positions"
                    : "you have no open " + symbol + " position; /positions lists yours");
        }
        Map<Long, VenueAccount> accounts = tradeCommands.accounts(sub);
        StringBuilder q = new StringBuilder(symbol == null ? "Close all " + open.size() + " open positions at market?"
                : "Close " + symbol + " at market?");
        for (Position p : open) {
            q.append("\n").append(p.quantity().stripTrailingZeros().toPlainString()).append(' ').append(p.symbol())
                    .append(" on ").append(accounts.get(p.accountId()).label());
        }
        return new Pending(ask(user, sub, ConfirmAction.CLOSE, symbol), q.toString());
    }

    /** Asks to stop everything: pause copying, cancel pending orders, close every position. */
    public Pending requestPanic(ChatUser user) {
        Subscriber sub = identities.require(user);
        long open = queries.positions(new Viewer.User(sub.name())).stream().filter(Position::isOpen).count();
        return new Pending(ask(user, sub, ConfirmAction.PANIC, null), "Emergency stop: pause copying, cancel every"
                + " pending order and close all " + open + " open positions at market?");
    }

    /** A press of the confirming button. */
    public ConfirmResult confirm(ChatUser presser, String token) {
        Optional<Confirmation> found = tx.executeRead(s -> confirmations.findById(token));
        if (found.isEmpty()) {
            return new ConfirmResult.Stale("this button is no longer valid; nothing was done");
        }
        Confirmation c = found.get();
        if (!mine(presser, c)) {
            return new ConfirmResult.NotYours("only the person who asked can confirm this");
        }
        if (tx.executeWrite(s -> confirmations.claim(token, c.platform().name(), c.userId(), "confirmed",
                clock.instant())) == 0) {
            return stale(c);
        }
        Subscriber sub = identities.require(presser);
        EmergencyStop.Report report = Guard.run(() -> c.action() == ConfirmAction.PANIC
                ? emergencyStop.stop(presser.actor(), sub.name())
                : closer.close(presser.actor(), sub.name(), c.argument()));
        return new ConfirmResult.Done(c.action(), c.argument(), report(sub, report, c.action() == ConfirmAction.PANIC));
    }

    /** A press of the cancelling button: the confirmation is used up and nothing is done. */
    public ConfirmResult cancel(ChatUser presser, String token) {
        Optional<Confirmation> found = tx.executeRead(s -> confirmations.findById(token));
        if (found.isEmpty()) {
            return new ConfirmResult.Stale("this button is no longer valid; nothing was done");
        }
        Confirmation c = found.get();
        if (!mine(presser, c)) {
            return new ConfirmResult.NotYours("only the person who asked can answer this");
        }
        if (tx.executeWrite(s -> confirmations.claim(token, c.platform().name(), c.userId(), "cancelled",
                clock.instant())) == 0) {
            return stale(c);
        }
        return new ConfirmResult.Cancelled(c.action());
    }

    private Confirmation ask(ChatUser user, Subscriber sub, ConfirmAction action, @Nullable String argument) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        Instant now = clock.instant();
        Confirmation c = new Confirmation(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                user.platform(), user.userId(), sub.id(), action, argument, now, now.plus(config.getConfirmWithin()),
                null, null);
        return tx.executeWrite(s -> confirmations.save(c));
    }

    private static boolean mine(ChatUser presser, Confirmation c) {
        return c.platform() == presser.platform() && c.userId().equals(presser.userId());
    }

    private ConfirmResult stale(Confirmation c) {
        Confirmation now = tx.executeRead(s -> confirmations.findById(c.token())).orElse(c);
        return new ConfirmResult.Stale(now.usedAt() != null ? "this was already answered; nothing more was done"
                : "this question expired; nothing was done. Ask again if you still want it");
    }

    private Views.CloseReport report(Subscriber sub, EmergencyStop.Report r, boolean paused) {
        Map<Long, VenueAccount> accounts = tradeCommands.accounts(sub);
        return new Views.CloseReport(
                r.closed().stream().map(c -> new Views.ClosedLine(label(accounts, c.accountId()), c.symbol(), c.side(),
                        c.quantity(), c.price())).toList(),
                r.failed().stream().map(f -> new Views.FailedLine(label(accounts, f.accountId()), f.symbol(),
                        f.reason())).toList(),
                r.cancelledOrders(), paused);
    }

    private static String label(Map<Long, VenueAccount> accounts, Long id) {
        VenueAccount a = accounts.get(id);
        return a == null ? "#" + id : a.label();
    }
}
