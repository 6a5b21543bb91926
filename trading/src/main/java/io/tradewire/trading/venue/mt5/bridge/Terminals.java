package io.tradewire.trading.venue.mt5.bridge;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Linked terminals by account and by connection, and their liveness. {@link #sweep} compares each
 * account's state with the one it last reported and returns the changes, so a terminal that goes
 * down (or comes back) is reported once, whenever the sweep runs. Times come from the caller's clock.
 */
final class Terminals {
    /** A change of an account's liveness; {@code detail} is for the subscriber to read. */
    record Change(long accountId, Liveness from, Liveness to, String detail) {
    }

    private final Map<Long, Terminal> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Long> byIdentity = new ConcurrentHashMap<>();
    private final Map<Long, Liveness> reported = new ConcurrentHashMap<>();
    private final Duration staleAfter;
    private final Duration downAfter;

    Terminals(Duration staleAfter, Duration downAfter) {
        this.staleAfter = staleAfter;
        this.downAfter = downAfter;
    }

    static String key(byte[] identity) {
        return HexFormat.of().formatHex(identity);
    }

    /** Binds a connection to an account; a second hello for the account replaces the first connection. */
    void link(Terminal t) {
        Terminal old = byAccount.put(t.accountId(), t);
        if (old != null) {
            byIdentity.remove(key(old.identity()));
        }
        byIdentity.put(key(t.identity()), t.accountId());
        reported.putIfAbsent(t.accountId(), Liveness.DOWN);
    }

    Optional<Long> accountOf(byte[] identity) {
        return Optional.ofNullable(byIdentity.get(key(identity)));
    }

    Optional<Terminal> terminal(long accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    /** Records a heartbeat; false when the connection is linked to no account. */
    boolean heartbeat(byte[] identity, Instant at, boolean connected, boolean tradeAllowed,
                      java.math.BigDecimal balance, java.math.BigDecimal equity, java.math.BigDecimal freeMargin) {
        Long account = byIdentity.get(key(identity));
        if (account == null) {
            return false;
        }
        byAccount.computeIfPresent(account, (id, t) -> t.beat(at, connected, tradeAllowed, balance, equity, freeMargin));
        return true;
    }

    /** Forgets the account's terminal (its token was rotated): its next frame is answered "not linked". */
    void unlink(long accountId) {
        Terminal old = byAccount.remove(accountId);
        if (old != null) {
            byIdentity.remove(key(old.identity()));
        }
    }

    Liveness state(long accountId, Instant now) {
        Terminal t = byAccount.get(accountId);
        return t == null ? Liveness.DOWN : Liveness.of(t.lastSeen(), t.canTrade(), now, staleAfter, downAfter);
    }

    /** Why the account cannot take an order now, or empty when it can. */
    Optional<String> whyHeld(long accountId, Instant now) {
        Terminal t = byAccount.get(accountId);
        if (t == null) {
            return Optional.of("no MT5 terminal is linked to account " + accountId + " (the EA has not said hello since"
                    + " this server started)");
        }
        return switch (state(accountId, now)) {
            case UP -> Optional.empty();
            case NO_TRADING -> Optional.of(t.whyNoTrading());
            case STALE -> Optional.of("the MT5 terminal is stale: no heartbeat since " + t.lastSeen());
            case DOWN -> Optional.of("the MT5 terminal is down: no heartbeat since " + t.lastSeen());
        };
    }

    /** The changes since the last sweep, for accounts that have linked at least once. */
    List<Change> sweep(Instant now) {
        java.util.ArrayList<Change> out = new java.util.ArrayList<>();
        for (Long account : reported.keySet()) {
            Liveness now1 = state(account, now);
            Liveness before = reported.put(account, now1);
            if (before != null && before != now1) {
                out.add(new Change(account, before, now1, describe(account, now1)));
            }
        }
        return out;
    }

    private String describe(long accountId, Liveness to) {
        Terminal t = byAccount.get(accountId);
        String login = t == null ? "" : " (login " + t.login() + " on " + t.server() + ")";
        return switch (to) {
            case UP -> "the MT5 terminal" + login + " is up: orders for this account go out again";
            case NO_TRADING -> "the MT5 terminal" + login + " cannot trade: " + (t == null ? "" : t.whyNoTrading())
                    + "; orders are held until it can";
            case STALE -> "no heartbeat from the MT5 terminal" + login + " for " + human(staleAfter)
                    + ": orders are held";
            case DOWN -> "the MT5 terminal" + login + " is down (no heartbeat for " + human(downAfter)
                    + "): orders for this account are held until it is back";
        };
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
