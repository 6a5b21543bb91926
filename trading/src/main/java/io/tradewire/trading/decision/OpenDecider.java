package io.tradewire.trading.decision;

import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.follow.SubscriberDefaults;
import io.tradewire.trading.follow.SubscriberDefaultsRepository;
import io.tradewire.trading.plan.PlanBuilder;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.sizing.PositionClamp;
import io.tradewire.trading.sizing.SizingInput;
import io.tradewire.trading.sizing.SizingResult;
import io.tradewire.trading.sizing.Sizers;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Venue;
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
 * and leverage cap, the venue's minimums, and the order plan (entries, stop, targets,
 * management) from the follow's plan settings over its subscriber's defaults.
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
    private final SubscriberDefaultsRepository defaults;
    private final Clock clock;

    OpenDecider(List<Rule> rules, Sizers sizers, Venues venues, PriceBook prices, PositionRepository positions,
                DecisionRepository decisions, FillRepository fills, SubscriberDefaultsRepository defaults,
                Clock clock) {
        this.defaults = defaults;
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
        if (follow.sizingMode() == null) {
            return new Verdict.Refused("sizing", "no sizing is set: the follow leaves sizing_mode unset and "
                    + subscriber.name() + " has no default sizing_mode");
        }
        var record = follow.sizingMode() == SizingMode.KELLY ? fills.providerRecord(signal.providerId()) : null;
        Venue venue = venues.forKind(account.venue());
        var input = new SizingInput(account.cash(), price, signal.stopLoss(), follow.sizingValue(), record);
        // a venue that knows its contracts (MT5 tick values) sizes the risk itself; else the engine does
        var venueSized = follow.sizingMode() == SizingMode.RISK_PERCENT && signal.stopLoss() != null
                && signal.stopLoss().compareTo(price) != 0
                ? venue.quantityForRisk(account.id(), signal.symbol(), account.cash().multiply(follow.sizingValue())
                        .movePointLeft(2), price, price.subtract(signal.stopLoss()).abs())
                : java.util.Optional.<SizingResult>empty();
        var sized = venueSized.orElseGet(() -> sizers.size(follow.sizingMode(), input));
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
        PlanSettings.Effective settings = follow.plan()
                .over(defaults.findById(subscriber.id()).map(SubscriberDefaults::settings).orElse(null)).effective();
        int leverage = settings.leverage(signal.leverage());
        BigDecimal affordable = account.cash().multiply(BigDecimal.valueOf(leverage))
                .divide(price, MathContext.DECIMAL128);
        // a venue that sized in its own contract terms (MT5) checks the margin itself, in the account's
        // currency; the engine's cap would compare a JPY price with a USD balance
        if (venueSized.isEmpty() && quantity.compareTo(affordable) > 0) {
            quantity = affordable;
            explanation += ", capped by the balance at " + leverage + "x";
        }
        var listed = venue.instrument(account.id(), signal.symbol());
        if (listed.isEmpty()) {
            return new Verdict.Refused("not_listed", signal.symbol() + " is not listed on account '" + account.label()
                    + "' (" + account.venue().name().toLowerCase() + ")");
        }
        InstrumentRules instrument = listed.get();
        BigDecimal rounded = instrument.floorQuantity(quantity);
        String why = instrument.whyNotTradable(rounded, price);
        if (why != null) {
            return new Verdict.Refused("venue_minimum", why + " (sized " + explanation + ")");
        }
        var built = PlanBuilder.build(signal, rounded, price, settings, instrument, venue.nativeExits());
        if (built instanceof PlanBuilder.Built.Refused r) {
            return new Verdict.Refused("venue_minimum", r.reason() + " (sized " + explanation + ")");
        }
        var planned = (PlanBuilder.Built.Planned) built;
        // the entry first, then why this size, then the exits and their management
        String[] parts = planned.description().split("; ", 2);
        return new Verdict.PlacePlan(planned.plan(), signal.side().wire() + " " + rounded.toPlainString() + " "
                + signal.symbol() + " " + parts[0] + ": " + explanation
                + (leverage > 1 ? ", leverage " + leverage + "x" + (settings.fixedLeverage() != null ? " (fixed)" : "")
                : "") + (parts.length > 1 ? "; " + parts[1] : ""));
    }

    /** The signal's leverage up to the follow's cap; no cap set means no leverage. */
    static int effectiveLeverage(Integer signalLeverage, Integer cap) {
        return PlanSettings.NONE.withMaxLeverage(cap).effective().leverage(signalLeverage);
    }
}
