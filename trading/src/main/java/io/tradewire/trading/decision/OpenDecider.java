package io.tradewire.trading.decision;

import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.sizing.PositionClamp;
import io.tradewire.trading.sizing.SizingInput;
import io.tradewire.trading.sizing.SizingResult;
import io.tradewire.trading.sizing.Sizers;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Venues;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Decides one follower's copy of an open signal: the rules in order, then sizing, the balance
 * and leverage cap, and the venue's minimums. The entry is worked as one market order here;
 * limit ladders across a zone come with the full engine.
 */
@Singleton
public class OpenDecider {
    private final List<Rule> rules;
    private final Sizers sizers;
    private final Venues venues;
    private final PriceBook prices;
    private final PositionRepository positions;
    private final DecisionRepository decisions;
    private final FillRepository fills;
    private final Clock clock;

    OpenDecider(List<Rule> rules, Sizers sizers, Venues venues, PriceBook prices, PositionRepository positions,
                DecisionRepository decisions, FillRepository fills, Clock clock) {
        this.decisions = decisions;
        this.fills = fills;
        this.rules = rules;
        this.sizers = sizers;
        this.venues = venues;
        this.prices = prices;
        this.positions = positions;
        this.clock = clock;
    }

    public Verdict decide(StoredSignal signal, Follow follow, Subscriber subscriber, VenueAccount account,
                          Instant postedAt) {
        BigDecimal ticker = prices.ticker(signal.symbol()).orElse(null);
        Instant now = clock.instant();
        Instant midnight = now.atZone(ZoneId.of(subscriber.timeZone())).toLocalDate()
                .atStartOfDay(ZoneId.of(subscriber.timeZone())).toInstant();
        var context = new OpenContext(signal, follow, subscriber, account, positions.countOpen(account.id()), ticker,
                now, postedAt, decisions.countEntriesSince(follow.id(), midnight),
                fills.resultSince(account.id(), midnight));
        for (Rule rule : rules) {
            if (rule.check(context) instanceof RuleCheck.Refused refused) {
                return new Verdict.Refused(refused.rule(), refused.reason());
            }
        }
        BigDecimal price = ticker != null ? ticker : signal.referencePrice();
        if (price == null) {
            return new Verdict.Refused("no_price", "no price is known for " + signal.symbol()
                    + ": the signal names no entry and no ticker has been seen");
        }
        var record = follow.sizingMode() == SizingMode.KELLY ? fills.providerRecord(signal.providerId()) : null;
        var sized = sizers.size(follow.sizingMode(),
                new SizingInput(account.cash(), price, signal.stopLoss(), follow.sizingValue(), record));
        if (sized instanceof SizingResult.Refused refused) {
            return new Verdict.Refused("sizing", refused.reason());
        }
        var plan = (SizingResult.Sized) sized;
        BigDecimal quantity = plan.quantity();
        String explanation = plan.explanation();
        var clamped = PositionClamp.clamp(quantity, price, account.cash(), follow.minPositionPct(),
                follow.maxPositionPct());
        if (clamped.note() != null) {
            quantity = clamped.quantity();
            explanation += ", " + clamped.note();
        }
        int leverage = effectiveLeverage(signal.leverage(), follow.maxLeverage());
        BigDecimal affordable = account.cash().multiply(BigDecimal.valueOf(leverage))
                .divide(price, MathContext.DECIMAL128);
        if (quantity.compareTo(affordable) > 0) {
            quantity = affordable;
            explanation += ", capped by the balance at " + leverage + "x";
        }
        InstrumentRules instrument = venues.forKind(account.venue()).rules(signal.symbol());
        BigDecimal rounded = instrument.floorQuantity(quantity);
        String why = instrument.whyNotTradable(rounded, price);
        if (why != null) {
            return new Verdict.Refused("venue_minimum", why + " (sized " + explanation + ")");
        }
        return new Verdict.PlaceOrder(signal.symbol(), signal.side(), OrderIntent.OPEN, rounded, price,
                signal.side().wire() + " " + rounded.toPlainString() + " " + signal.symbol() + " at market: "
                        + explanation + (leverage > 1 ? ", leverage " + leverage + "x" : ""));
    }

    /** The signal's leverage up to the follow's cap; no cap set means no leverage. */
    static int effectiveLeverage(Integer signalLeverage, Integer cap) {
        int wanted = signalLeverage == null ? 1 : Math.max(1, signalLeverage);
        return Math.min(wanted, cap == null ? 1 : cap);
    }
}
