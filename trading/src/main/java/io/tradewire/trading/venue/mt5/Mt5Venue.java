package io.tradewire.trading.venue.mt5;

import io.micronaut.context.annotation.Requires;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.VenuePosition;
import io.tradewire.trading.venue.mt5.bridge.CallResult;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.link.SymbolMap;
import io.tradewire.trading.venue.mt5.protocol.Fields;
import io.tradewire.trading.venue.mt5.protocol.FrameException;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Stamp;
import io.tradewire.trading.venue.mt5.protocol.Status;
import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * MetaTrader 5 behind the venue port: one bean for every MT5 account, each reached through the
 * terminal linked to it. The engine's quantity is in units of the symbol (lots x contract size);
 * this adapter turns it into lots with {@link Mt5LotSizer} on the terminal's own symbol rules,
 * stamps the client order id on the trade ({@link Stamp}), and sends exits as {@code close} so a
 * hedging account never opens a hedge instead. A terminal that is not up holds the job.
 */
@Singleton
@Requires(property = "tradewire.mt5.enabled", value = "true")
public class Mt5Venue implements Venue {
    private static final Logger LOG = LoggerFactory.getLogger(Mt5Venue.class);

    private final Mt5Bridge bridge;
    private final Mt5Links links;
    private final Mt5Config config;
    private final SymbolCache symbols;

    Mt5Venue(Mt5Bridge bridge, Mt5Links links, Mt5Config config, java.time.Clock clock) {
        this.bridge = bridge;
        this.links = links;
        this.config = config;
        this.symbols = new SymbolCache(bridge, config.getSymbolInfoTtl(), clock);
    }

    @Override
    public VenueKind kind() {
        return VenueKind.MT5;
    }

    @Override
    public InstrumentRules rules(String symbol) {
        return Mt5Catalogue.find(symbol).map(s -> unitRules(symbol, s)).orElseGet(() -> passThrough(symbol));
    }

    @Override
    public Optional<InstrumentRules> instrument(Long accountId, String symbol) {
        return switch (symbols.get(accountId, links.symbolMap(accountId).toBroker(symbol))) {
            case SymbolCache.Found f -> Optional.of(unitRules(symbol, f.spec()));
            case SymbolCache.NotListed n -> Optional.empty();
            // the terminal cannot be asked now: the catalogue's rules let the job be made, and held
            case SymbolCache.Failed f -> Optional.of(rules(symbol));
        };
    }

    /** MT5 can hold stops itself, but the engine's orders carry no stop or target yet: it watches them. */
    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement place(VenueOrder order) {
        String broker = links.symbolMap(order.accountId()).toBroker(order.symbol());
        SymbolSpec spec;
        switch (symbols.get(order.accountId(), broker)) {
            case SymbolCache.Found f -> spec = f.spec();
            case SymbolCache.NotListed n -> {
                return new Placement.Rejected(order.symbol() + " is not listed on this account's terminal (looked for '"
                        + broker + "')", false);
            }
            case SymbolCache.Failed f -> {
                return f.placement(config);
            }
        }
        if (order.reduceOnly() && order.type() != OrderType.MARKET) {
            return new Placement.Rejected("an exit on MT5 is sent at market; a reduce-only " + order.type()
                    + " is not supported", false);
        }
        var sized = Mt5LotSizer.fromQuantity(order.quantity(), spec.contractSize(), Mt5LotSizer.Volume.of(spec));
        if (sized instanceof Mt5LotSizer.Refused r) {
            return new Placement.Rejected(broker + ": " + r.reason(), false);
        }
        BigDecimal lots = ((Mt5LotSizer.Lots) sized).lots();
        Stamp stamp = Stamp.of(order.clientOrderId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_order_id", order.clientOrderId());
        body.put("magic", stamp.magic());
        body.put("comment", stamp.comment());
        body.put("symbol", broker);
        body.put("volume", lots.toPlainString());
        Op op;
        if (order.reduceOnly()) {
            op = Op.CLOSE;
            // the side of the position this exit reduces: a SELL closes a long (buy) position
            body.put("position_side", order.side() == Side.SELL ? "buy" : "sell");
        } else {
            op = Op.OPEN;
            body.put("side", order.side() == Side.BUY ? "buy" : "sell");
            body.put("type", order.type().name().toLowerCase());
            if (order.type() != OrderType.MARKET) {
                if (order.limitPrice() == null) {
                    return new Placement.Rejected("a " + order.type() + " order needs a price", false);
                }
                body.put("price", order.limitPrice().toPlainString());
            }
            body.put("deviation", "20");
        }
        return answer(order.accountId(), op, body, broker);
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        if (quantity != null) {
            return new Placement.Rejected("MT5 cannot change the volume of a pending order; cancel it and place a new"
                    + " one", false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_order_id", clientOrderId);
        body.put("magic", Stamp.of(clientOrderId).magic());
        if (price != null) {
            body.put("price", price.toPlainString());
        }
        return answer(accountId, Op.MODIFY, body, null);
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        return answer(accountId, Op.CANCEL, Map.of("client_order_id", clientOrderId,
                "magic", Stamp.of(clientOrderId).magic()), null);
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        CallResult r = bridge.call(accountId, Op.RECONCILE, Map.of("client_order_id", clientOrderId,
                "magic", Stamp.of(clientOrderId).magic()));
        if (r instanceof CallResult.Answered a && a.reply().status() == Status.NOT_FOUND) {
            return Optional.empty();
        }
        return Optional.of(placement(accountId, r, null));
    }

    @Override
    public List<VenuePosition> positions(Long accountId) {
        if (!(bridge.call(accountId, Op.POSITIONS, Map.of()) instanceof CallResult.Answered a)) {
            return List.of(); // the port has no "unknown": an unreachable terminal reports nothing
        }
        SymbolMap map = links.symbolMap(accountId);
        Map<String, BigDecimal[]> net = new TreeMap<>();
        for (Fields p : a.reply().fields().objects("positions")) {
            BigDecimal units = Mt5LotSizer.toQuantity(p.decimal("volume"), p.decimal("contract_size"));
            BigDecimal signed = p.text("type").equals("buy") ? units : units.negate();
            BigDecimal[] acc = net.computeIfAbsent(map.toSignal(p.text("symbol")),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            acc[0] = acc[0].add(signed);
            acc[1] = acc[1].add(units.multiply(p.decimal("price_open")));
        }
        List<VenuePosition> out = new ArrayList<>();
        net.forEach((symbol, acc) -> {
            BigDecimal gross = acc[0].abs();
            out.add(new VenuePosition(symbol, acc[0], gross.signum() == 0 ? BigDecimal.ZERO
                    : acc[1].divide(gross, java.math.MathContext.DECIMAL64)));
        });
        return out;
    }

    @Override
    public List<VenueBalance> balances(Long accountId) {
        if (!(bridge.call(accountId, Op.ACCOUNT_INFO, Map.of()) instanceof CallResult.Answered a)) {
            return List.of();
        }
        Fields b = a.reply().fields();
        return List.of(new VenueBalance(b.text("currency"), b.decimal("balance"), b.decimal("margin_free")));
    }

    /**
     * For the engine's risk sizing on an MT5 account (it sizes in units today): the lots that
     * lose {@code risk} in the account currency if price moves {@code stopDistance}, from the
     * terminal's tick value, tick size and volume limits for the account's broker symbol.
     */
    public Mt5LotSizer.Result lotsForRisk(long accountId, String symbol, BigDecimal risk, BigDecimal stopDistance) {
        String broker = links.symbolMap(accountId).toBroker(symbol);
        return switch (symbols.get(accountId, broker)) {
            case SymbolCache.Found f -> Mt5LotSizer.fromRisk(risk, stopDistance, f.spec().tickValue(),
                    f.spec().tickSize(), Mt5LotSizer.Volume.of(f.spec()));
            case SymbolCache.NotListed n -> new Mt5LotSizer.Refused(symbol + " is not listed on the terminal (looked"
                    + " for '" + broker + "')");
            case SymbolCache.Failed f -> new Mt5LotSizer.Refused("the terminal could not be asked about " + broker
                    + ": " + f.reason());
        };
    }

    /**
     * Risk sizing in MT5 terms: the lots {@link #lotsForRisk} gives, as units (lots x contract
     * size). While the terminal cannot be asked, the catalogue's typical spec at the signal's
     * price sizes it, so the job can be made and held until the terminal is back.
     */
    @Override
    public java.util.Optional<io.tradewire.trading.sizing.SizingResult> quantityForRisk(
            Long accountId, String symbol, BigDecimal risk, BigDecimal price, BigDecimal stopDistance) {
        String broker = links.symbolMap(accountId).toBroker(symbol);
        SymbolSpec spec;
        String source;
        switch (symbols.get(accountId, broker)) {
            case SymbolCache.Found f -> {
                spec = f.spec();
                source = broker;
            }
            case SymbolCache.NotListed n -> {
                return java.util.Optional.of(new io.tradewire.trading.sizing.SizingResult.Refused(symbol
                        + " is not listed on the terminal (looked for '" + broker + "')"));
            }
            case SymbolCache.Failed f -> {
                var typical = Mt5Catalogue.find(symbol);
                if (typical.isEmpty()) {
                    return java.util.Optional.empty();
                }
                spec = Mt5Catalogue.withPrice(typical.get(), price, price);
                source = broker + ", typical spec: the terminal could not be asked";
            }
        }
        var result = Mt5LotSizer.fromRisk(risk, stopDistance, spec.tickValue(), spec.tickSize(),
                Mt5LotSizer.Volume.of(spec));
        return java.util.Optional.of(switch (result) {
            case Mt5LotSizer.Lots l -> new io.tradewire.trading.sizing.SizingResult.Sized(
                    Mt5LotSizer.toQuantity(l.lots(), spec.contractSize()),
                    l.explanation() + " (" + l.lots().toPlainString() + " lots of " + source + ")");
            case Mt5LotSizer.Refused r -> new io.tradewire.trading.sizing.SizingResult.Refused(r.reason());
        });
    }

    private Placement answer(long accountId, Op op, Map<String, Object> body, String symbol) {
        return placement(accountId, bridge.call(accountId, op, body), symbol);
    }

    private Placement placement(long accountId, CallResult r, String symbol) {
        return switch (r) {
            case CallResult.Offline o -> new Placement.Held(o.reason(), config.getHeldRetry());
            case CallResult.NoAnswer n -> new Placement.Unknown(n.reason());
            case CallResult.Answered a -> {
                try {
                    yield Replies.placement(a.reply(), s -> symbols.contractSize(accountId, s), symbol);
                } catch (FrameException e) {
                    LOG.warn("unreadable reply from the terminal of account {}: {}", accountId, e.getMessage());
                    yield new Placement.Unknown("the terminal's reply could not be read: " + e.getMessage());
                }
            }
        };
    }

    /** The terminal's limits in the engine's units: a lot step of 0.01 on 100000 is 1000 units. */
    static InstrumentRules unitRules(String symbol, SymbolSpec s) {
        return new InstrumentRules(symbol, s.tickSize(), s.volumeStep().multiply(s.contractSize()),
                s.volumeMin().multiply(s.contractSize()), BigDecimal.ZERO);
    }

    private static InstrumentRules passThrough(String symbol) {
        BigDecimal fine = new BigDecimal("0.00000001");
        return new InstrumentRules(symbol, fine, fine, fine, BigDecimal.ZERO);
    }
}
