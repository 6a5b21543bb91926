package io.tradewire.trading.venue.sim;

import io.micronaut.context.annotation.Requires;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.VenuePosition;
import jakarta.inject.Singleton;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A venue for the fan-out tests and the bench: answers after a set latency, injects timeouts,
 * lost replies, 5xx, 429 and refusals (scripted one by one, or at random), and records every
 * order it accepts, duplicates included, so a test can count exactly what reached it. Market
 * orders fill at the signal's price (else the latest known); other types rest and never fill.
 * It does not refuse a repeated client order id unless told to: the engine must not send one.
 */
@Singleton
@Requires(property = "tradewire.sim.enabled", value = "true")
public class SimulatedVenue implements Venue {
    private final SimConfig config;
    private final SimBook book;
    private final PriceBook prices;
    private final Queue<SimFault> script = new ConcurrentLinkedQueue<>();
    private final Random random;
    private volatile Duration latency;
    private final java.util.Set<String> delisted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    SimulatedVenue(SimConfig config, PriceBook prices, SimOrderRepository rows, TransactionOperations<Connection> tx,
                   Clock clock) {
        if (config.getFaultRate() < 0 || config.getFaultRate() > 1) {
            throw new IllegalArgumentException("tradewire.sim.fault-rate must be in [0, 1], got " + config.getFaultRate());
        }
        this.config = config;
        this.prices = prices;
        this.book = switch (config.getBook()) {
            case "memory" -> new MemoryBook();
            case "database" -> new DatabaseBook(rows, tx, clock);
            default -> throw new IllegalArgumentException("tradewire.sim.book must be memory or database, got "
                    + config.getBook());
        };
        this.random = new Random(config.getSeed());
        this.latency = config.getLatency();
    }

    /** The next calls to {@link #place} meet these faults, one each, in order. */
    public void script(SimFault... faults) {
        script.addAll(List.of(faults));
    }

    /** Drops faults scripted but not yet met. */
    public void clearScript() {
        script.clear();
    }

    /** Calls that reached the venue (place and query). */
    public long calls() {
        return calls.get();
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    /** Orders accepted for this client order id (more than one is a duplicate). */
    public int accepted(String clientOrderId) {
        return book.find(clientOrderId).size();
    }

    public long acceptedTotal() {
        return book.size();
    }

    public long duplicates() {
        return book.duplicates();
    }

    @Override
    public VenueKind kind() {
        return VenueKind.SIM;
    }

    @Override
    public InstrumentRules rules(String symbol) {
        BigDecimal step = new BigDecimal("0.00000001");
        return new InstrumentRules(symbol, step, step, step, BigDecimal.ONE);
    }

    /** From now on the venue does not list this symbol. */
    public void delist(String symbol) {
        delisted.add(symbol);
    }

    @Override
    public Optional<InstrumentRules> instrument(Long accountId, String symbol) {
        return delisted.contains(symbol) ? Optional.empty() : Optional.of(rules(symbol));
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    /** Calls still being answered (a caller that timed out does not stop them). */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public Placement place(VenueOrder order) {
        inFlight.incrementAndGet();
        try {
            return placeNow(order);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Placement placeNow(VenueOrder order) {
        pause();
        SimFault fault = nextFault();
        if (fault != null && fault != SimFault.LOST_REPLY) {
            return refusal(fault);
        }
        if (config.isDedupe() && !book.find(order.clientOrderId()).isEmpty()) {
            return new Placement.Rejected("duplicate client order id " + order.clientOrderId(), false);
        }
        if (order.type() != OrderType.MARKET) {
            return new Placement.Working("sim-" + order.clientOrderId());
        }
        Optional<BigDecimal> price = Optional.ofNullable(order.referencePrice()).or(() -> prices.latest(order.symbol()));
        if (price.isEmpty()) {
            return new Placement.Rejected("no price for " + order.symbol(), false);
        }
        book.add(new SimBook.SimOrder(order.accountId(), order.clientOrderId(), order.symbol(), order.side().name(),
                order.quantity(), price.get()));
        if (fault == SimFault.LOST_REPLY) {
            return new Placement.Unknown("the reply was lost");
        }
        return new Placement.Filled("sim-" + order.clientOrderId(), order.quantity(), price.get(), BigDecimal.ZERO);
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        inFlight.incrementAndGet();
        try {
            return queryNow(clientOrderId);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Optional<Placement> queryNow(String clientOrderId) {
        pause();
        if (config.getFaultRate() > 0 && draw() < config.getFaultRate() / 2) {
            return Optional.of(new Placement.Unknown("query timed out"));
        }
        return book.find(clientOrderId).stream().findFirst()
                .map(o -> new Placement.Filled("sim-" + clientOrderId, o.quantity(), o.price(), BigDecimal.ZERO));
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        return query(accountId, clientOrderId).orElse(new Placement.Rejected("unknown order " + clientOrderId, false));
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        return query(accountId, clientOrderId).orElse(new Placement.Rejected("unknown order " + clientOrderId, false));
    }

    @Override
    public List<VenuePosition> positions(Long accountId) {
        Map<String, BigDecimal> net = new TreeMap<>();
        for (var o : book.forAccount(accountId)) {
            BigDecimal signed = Side.valueOf(o.side()) == Side.BUY ? o.quantity() : o.quantity().negate();
            net.merge(o.symbol(), signed, BigDecimal::add);
        }
        List<VenuePosition> out = new ArrayList<>();
        net.forEach((symbol, qty) -> {
            if (qty.signum() != 0) {
                out.add(new VenuePosition(symbol, qty, BigDecimal.ZERO));
            }
        });
        return out;
    }

    @Override
    public List<VenueBalance> balances(Long accountId) {
        return List.of();
    }

    private SimFault nextFault() {
        SimFault scripted = script.poll();
        if (scripted != null) {
            return scripted;
        }
        if (config.getFaultRate() > 0 && draw() < config.getFaultRate()) {
            SimFault[] passing = {SimFault.TIMEOUT, SimFault.LOST_REPLY, SimFault.SERVER_ERROR, SimFault.RATE_LIMITED};
            return passing[(int) (draw() * passing.length)];
        }
        return null;
    }

    private Placement refusal(SimFault fault) {
        return switch (fault) {
            case TIMEOUT -> new Placement.Unknown("request timed out");
            case SERVER_ERROR -> new Placement.Rejected("HTTP 503 Service Unavailable", true);
            case RATE_LIMITED -> new Placement.RateLimited("HTTP 429 Too Many Requests", config.getRetryAfter());
            case REJECT -> new Placement.Rejected("insufficient balance", false);
            case OFFLINE -> new Placement.Held("venue offline", config.getRetryAfter());
            case LOST_REPLY -> throw new IllegalArgumentException("a lost reply is not a refusal");
        };
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    private void pause() {
        calls.incrementAndGet();
        Duration d = latency;
        if (!d.isZero()) {
            try {
                Thread.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
