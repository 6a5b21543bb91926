package io.tradewire.trading.position;

import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueAccountRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;

/**
 * Applies fills to positions: adds at a volume-weighted average price, realises P&L on the
 * part that reduces, and books realised P&L less fees into the account's cash. Runs inside the
 * caller's transaction.
 */
@Singleton
public class PositionBook {
    private final PositionRepository positions;
    private final VenueAccountRepository accounts;
    private final Clock clock;

    PositionBook(PositionRepository positions, VenueAccountRepository accounts, Clock clock) {
        this.positions = positions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Applies a fill; returns the P&L it realised (before its fee). */
    public BigDecimal apply(Long accountId, String symbol, Side side, BigDecimal quantity, BigDecimal price,
                            BigDecimal fee, Long signalId) {
        BigDecimal signedFill = side == Side.BUY ? quantity : quantity.negate();
        Position current = positions.lock(accountId, symbol).orElse(null);
        Change change = current == null || !current.isOpen()
                ? new Change(signedFill, price, BigDecimal.ZERO)
                : combine(current.quantity(), current.averagePrice(), signedFill, price);
        BigDecimal realizedBefore = current == null ? BigDecimal.ZERO : current.realizedPnl();
        Long openedBy = current != null && current.isOpen() ? current.openedBySignalId() : signalId;
        BigDecimal stop = current != null && current.isOpen() && change.quantity().signum() != 0 ? current.stopLoss() : null;
        Position next = new Position(current == null ? null : current.id(), accountId, symbol, change.quantity(),
                change.averagePrice(), realizedBefore.add(change.realized()), stop,
                change.quantity().signum() == 0 ? null : openedBy, clock.instant());
        if (current == null) {
            positions.save(next);
        } else {
            positions.update(next);
        }
        accounts.addCash(accountId, change.realized().subtract(fee));
        return change.realized();
    }

    /** Sets a stop on an open position (the engine's own exit; venues with native stops come later). */
    public Position moveStop(Position position, BigDecimal stop) {
        return positions.update(new Position(position.id(), position.accountId(), position.symbol(),
                position.quantity(), position.averagePrice(), position.realizedPnl(), stop,
                position.openedBySignalId(), clock.instant()));
    }

    static Change combine(BigDecimal held, BigDecimal average, BigDecimal fill, BigDecimal price) {
        if (held.signum() == fill.signum()) {
            BigDecimal total = held.add(fill);
            BigDecimal cost = held.abs().multiply(average).add(fill.abs().multiply(price));
            return new Change(total, cost.divide(total.abs(), MathContext.DECIMAL128), BigDecimal.ZERO);
        }
        BigDecimal closing = fill.abs().min(held.abs());
        BigDecimal perUnit = held.signum() > 0 ? price.subtract(average) : average.subtract(price);
        BigDecimal realized = closing.multiply(perUnit);
        BigDecimal remaining = held.add(fill);
        BigDecimal newAverage = remaining.signum() == 0 ? average
                : remaining.signum() == held.signum() ? average : price;
        return new Change(remaining, newAverage, realized);
    }

    record Change(BigDecimal quantity, BigDecimal averagePrice, BigDecimal realized) {
    }
}
