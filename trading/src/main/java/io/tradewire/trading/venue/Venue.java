package io.tradewire.trading.venue;

import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.sizing.SizingResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The one port every venue implements (paper, exchanges through XChange, MT5 terminals).
 *
 * <p>Every order carries the engine's client order id, derived from (signal, follower, leg); it
 * is the only key the engine uses to find an order again, so an adapter must put it in the
 * venue's own client-id field (or the nearest equivalent) and must never place a second order
 * for an id the venue already knows.
 *
 * <p>Calls never throw for venue trouble: a refusal, a rate limit, a 5xx or a timeout is a
 * {@link Placement} value, so the engine decides about retries in one place. Quantities and
 * prices arrive already rounded to {@link #rules}; this is the venue edge where they were rounded.
 */
public interface Venue {
    VenueKind kind();

    /** Tick size, lot step and minimums for a symbol on this venue. */
    InstrumentRules rules(String symbol);

    /**
     * The rules of a signal's symbol as one account trades it (exchanges and brokers differ in
     * names and limits); empty when this account's venue does not list the symbol.
     */
    default Optional<InstrumentRules> instrument(Long accountId, String symbol) {
        return Optional.of(rules(symbol));
    }

    /**
     * The quantity that loses {@code risk} (in the account's currency) if the price moves from
     * {@code price} by {@code stopDistance} against it, where the venue knows better than price arithmetic (an MT5
     * terminal's tick value converts a USDJPY or gold move into the account currency); empty
     * means the engine sizes it from the prices alone.
     */
    default Optional<SizingResult> quantityForRisk(Long accountId, String symbol, BigDecimal risk, BigDecimal price,
                                                   BigDecimal stopDistance) {
        return Optional.empty();
    }

    /** The account's rules for a symbol already traded there, else the venue's general ones. */
    default InstrumentRules rulesFor(Long accountId, String symbol) {
        return instrument(accountId, symbol).orElseGet(() -> rules(symbol));
    }

    /**
     * True when the venue keeps stop-loss and take-profit orders itself (they rest on the venue
     * and fire there); false when the engine must watch the price and send the exit itself.
     */
    boolean nativeExits();

    /** Places the order; a repeat of the same client order id returns what the first did. */
    Placement place(VenueOrder order);

    /**
     * Changes the unfilled part of a resting order (its quantity and limit or trigger price; a
     * null keeps the old value). Returns the order's state after the change, or a refusal when it
     * has already filled or is unknown.
     */
    Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price);

    /** Cancels a resting order; an order that already filled or was cancelled reports that state. */
    Placement cancel(Long accountId, String clientOrderId);

    /**
     * What the venue knows of a client order id: empty when it never received it, otherwise its
     * current state ({@link Placement.Unknown} when the venue could not be asked).
     */
    Optional<Placement> query(Long accountId, String clientOrderId);

    /** Open positions as the venue reports them (signed quantity: long positive). */
    List<VenuePosition> positions(Long accountId);

    /** Balances per currency as the venue reports them. */
    List<VenueBalance> balances(Long accountId);
}
