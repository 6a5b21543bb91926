package io.tradewire.trading.venue.mt5.bridge;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A linked terminal as its hello and last heartbeat describe it. {@code identity} is the
 * routing id of its connection; {@code hedging} is false for a netting account.
 */
public record Terminal(long accountId, byte[] identity, String login, String server, boolean hedging,
                       Instant linkedAt, @Nullable Instant lastSeen, boolean connected, boolean tradeAllowed,
                       @Nullable BigDecimal balance, @Nullable BigDecimal equity, @Nullable BigDecimal freeMargin,
                       String currency) {

    /** The terminal after a heartbeat. */
    Terminal beat(Instant at, boolean connected, boolean tradeAllowed, BigDecimal balance, BigDecimal equity,
                  BigDecimal freeMargin) {
        return new Terminal(accountId, identity, login, server, hedging, linkedAt, at, connected, tradeAllowed, balance,
                equity, freeMargin, currency);
    }

    boolean canTrade() {
        return connected && tradeAllowed;
    }

    /** Why it cannot trade, in words for the subscriber. */
    String whyNoTrading() {
        if (!connected) {
            return "the terminal is not connected to its broker's trade server";
        }
        return tradeAllowed ? "" : "trading is not allowed on the terminal (AutoTrading off, or the EA lacks"
                + " 'Allow Algo Trading')";
    }
}
