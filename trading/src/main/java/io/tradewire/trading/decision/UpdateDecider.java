package io.tradewire.trading.decision;

import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.venue.Venues;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Optional;

/** Decides what a follow-up means for one follower's account. */
@Singleton
public class UpdateDecider {
    private final PositionRepository positions;
    private final Venues venues;
    private final PriceBook prices;

    UpdateDecider(PositionRepository positions, Venues venues, PriceBook prices) {
        this.positions = positions;
        this.venues = venues;
        this.prices = prices;
    }

    public Verdict decide(StoredSignal signal, VenueAccount account) {
        String symbol = signal.symbol();
        if (symbol == null) {
            return new Verdict.Refused("no_symbol",
                    "the follow-up names no symbol and no earlier signal of this provider matches it");
        }
        Optional<Position> open = positions.findByAccountIdAndSymbol(account.id(), symbol).filter(Position::isOpen);
        return switch (signal.action()) {
            case CLOSE, CLOSE_PARTIAL -> open.map(p -> close(signal, account, p))
                    .orElseGet(() -> noPosition(symbol, "close"));
            case MOVE_SL -> open.map(p -> moveStop(signal, p)).orElseGet(() -> noPosition(symbol, "move the stop of"));
            case CANCEL -> signal.parentSignalId() == null
                    ? new Verdict.Noted("nothing to cancel: the follow-up matches no earlier signal")
                    : new Verdict.CancelPending(signal.parentSignalId(), "pending orders of the signal cancelled");
            case TP_HIT -> new Verdict.Noted("provider reports take-profit " + (signal.tpIndex() == null ? ""
                    : signal.tpIndex() + " ") + "hit on " + symbol);
            case SL_HIT -> new Verdict.Noted("provider reports the stop loss hit on " + symbol);
            case ENTRY_HIT -> new Verdict.Noted("provider reports the entry reached on " + symbol);
        };
    }

    private Verdict close(StoredSignal signal, VenueAccount account, Position position) {
        BigDecimal held = position.quantity().abs();
        BigDecimal quantity;
        if (signal.action() == io.tradewire.nlp.UpdateAction.CLOSE) {
            quantity = held;
        } else {
            BigDecimal fraction = signal.fraction();
            if (fraction == null || fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                return new Verdict.Refused("close_fraction",
                        "partial close needs a fraction in (0, 1], the follow-up gives " + fraction);
            }
            quantity = venues.forKind(account.venue()).rules(position.symbol()).floorQuantity(held.multiply(fraction));
            if (quantity.signum() == 0) {
                return new Verdict.Refused("venue_minimum", "closing " + fraction.toPlainString() + " of "
                        + held.toPlainString() + " rounds to nothing at the venue's lot step");
            }
        }
        Side side = position.quantity().signum() > 0 ? Side.SELL : Side.BUY;
        BigDecimal reference = prices.latest(position.symbol()).orElse(position.averagePrice());
        return new Verdict.PlaceOrder(position.symbol(), side, OrderIntent.CLOSE, quantity, reference,
                "close " + quantity.toPlainString() + " of " + held.toPlainString() + " " + position.symbol());
    }

    private Verdict moveStop(StoredSignal signal, Position position) {
        if (signal.newSlBreakeven()) {
            return new Verdict.MoveStop(position, position.averagePrice(),
                    "stop moved to breakeven " + position.averagePrice().stripTrailingZeros().toPlainString());
        }
        if (signal.newSl() == null) {
            return new Verdict.Refused("move_sl", "the follow-up moves the stop but names no price");
        }
        return new Verdict.MoveStop(position, signal.newSl(), "stop moved to " + signal.newSl().toPlainString());
    }

    private static Verdict noPosition(String symbol, String what) {
        return new Verdict.Refused("no_position", "no open " + symbol + " position to " + what);
    }
}
