package io.tradewire.trading.venue.mt5.standin;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.venue.mt5.Mt5Catalogue;
import io.tradewire.trading.venue.mt5.protocol.RetCodes;
import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated MT5 trading account, as the broker's server would keep it: positions (one per
 * symbol when netting, one per trade when hedging), pending orders, deals and a balance, on the
 * symbols of {@link Mt5Catalogue}. Market orders fill at the ask (buy) or bid (sell); pending
 * orders rest. Return codes are MT5's: invalid volume, not enough money at 1:leverage. It
 * outlives a {@link StandInTerminal}, as an account outlives its terminal.
 */
public final class SimAccount {
    public enum Mode { NETTING, HEDGING }

    /** An open position; {@code magic} and {@code comment} are those of the order that opened it. */
    public record Position(String ticket, String symbol, boolean buy, BigDecimal volume, BigDecimal priceOpen,
                           String magic, String comment) {
    }

    /** A pending order and its state: placed, cancelled. */
    public record Pending(String ticket, String symbol, boolean buy, String type, BigDecimal volume, BigDecimal price,
                          String magic, String comment, String state) {
    }

    /** A deal: {@code entry} is "in" (opens or adds) or "out" (closes or reduces). */
    public record Deal(String ticket, String order, String position, String symbol, boolean buy, String entry,
                       BigDecimal volume, BigDecimal price, BigDecimal profit, String magic, String comment,
                       Instant time) {
    }

    /** What the trade server answered. */
    public record Result(int retcode, String message, @Nullable String order, @Nullable String deal,
                         @Nullable String position, BigDecimal volume, BigDecimal price) {
        static Result refused(int retcode, String message) {
            return new Result(retcode, message, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    private final Mode mode;
    private final String currency;
    private final String login;
    private final String server;
    private final int leverage;
    private final Clock clock;
    private final AtomicLong tickets = new AtomicLong(5_000_000_000L); // above 32 bits, as on busy servers
    private final Map<String, SymbolSpec> symbols = new LinkedHashMap<>();
    private final List<Position> positions = new ArrayList<>();
    private final Map<String, Pending> orders = new LinkedHashMap<>();
    private final List<Deal> deals = new ArrayList<>();
    private BigDecimal balance;
    private volatile boolean connected = true;
    private volatile boolean tradeAllowed = true;

    public SimAccount(Mode mode, String currency, BigDecimal balance, int leverage, String login, String server,
                      Clock clock) {
        this.mode = mode;
        this.currency = currency;
        this.balance = balance;
        this.leverage = leverage;
        this.login = login;
        this.server = server;
        this.clock = clock;
        Mt5Catalogue.all().forEach(s -> symbols.put(s.symbol(), s));
    }

    /** Lists a catalogue symbol under a broker's name too (GOLD for XAUUSD, EURUSD.m for EURUSD). */
    public synchronized void alias(String brokerName, String catalogueSymbol) {
        SymbolSpec s = symbols.get(catalogueSymbol);
        symbols.put(brokerName, new SymbolSpec(brokerName, s.digits(), s.point(), s.tickSize(), s.tickValue(),
                s.contractSize(), s.volumeMin(), s.volumeStep(), s.volumeMax(), s.stopsLevel(), s.fillingModes(),
                s.bid(), s.ask()));
    }

    public synchronized void price(String symbol, BigDecimal bid, BigDecimal ask) {
        symbols.put(symbol, Mt5Catalogue.withPrice(symbols.get(symbol), bid, ask));
    }

    public synchronized Optional<SymbolSpec> spec(String symbol) {
        return Optional.ofNullable(symbols.get(symbol));
    }

    public synchronized Result open(String symbol, boolean buy, String type, BigDecimal volume,
                                    @Nullable BigDecimal price, String magic, String comment) {
        SymbolSpec s = symbols.get(symbol);
        if (s == null) {
            return Result.refused(10013, "unknown symbol " + symbol);
        }
        String bad = badVolume(s, volume);
        if (bad != null) {
            return Result.refused(RetCodes.INVALID_VOLUME, bad);
        }
        BigDecimal need = margin(s, volume);
        if (need.compareTo(freeMargin()) > 0) {
            return Result.refused(RetCodes.NO_MONEY, "margin " + need.setScale(2, RoundingMode.HALF_EVEN)
                    + " " + currency + " needed, " + freeMargin().setScale(2, RoundingMode.HALF_EVEN) + " free");
        }
        String order = next();
        if (!type.equals("market")) {
            orders.put(order, new Pending(order, symbol, buy, type, volume, price, magic, comment, "placed"));
            return new Result(RetCodes.DONE, "pending order placed", order, null, null, volume, price);
        }
        BigDecimal fill = buy ? s.ask() : s.bid();
        if (mode == Mode.NETTING) {
            return netting(s, buy, volume, fill, order, magic, comment);
        }
        String deal = next();
        positions.add(new Position(order, symbol, buy, volume, fill, magic, comment));
        deals.add(new Deal(deal, order, order, symbol, buy, "in", volume, fill, BigDecimal.ZERO, magic, comment,
                clock.instant()));
        return new Result(RetCodes.DONE, "done", order, deal, order, volume, fill);
    }

    /** One position per symbol: an opposite order reduces it first, and reverses it with the rest. */
    private Result netting(SymbolSpec s, boolean buy, BigDecimal volume, BigDecimal fill, String order, String magic,
                           String comment) {
        Position held = positions.stream().filter(p -> p.symbol().equals(s.symbol())).findFirst().orElse(null);
        String deal = next();
        if (held == null || held.buy() == buy) {
            Position p = held == null ? new Position(order, s.symbol(), buy, volume, fill, magic, comment)
                    : new Position(held.ticket(), s.symbol(), buy, held.volume().add(volume),
                    held.priceOpen().multiply(held.volume()).add(fill.multiply(volume))
                            .divide(held.volume().add(volume), s.digits(), RoundingMode.HALF_EVEN), held.magic(),
                    held.comment());
            positions.remove(held);
            positions.add(p);
            deals.add(new Deal(deal, order, p.ticket(), s.symbol(), buy, "in", volume, fill, BigDecimal.ZERO, magic,
                    comment, clock.instant()));
            return new Result(RetCodes.DONE, "done", order, deal, p.ticket(), volume, fill);
        }
        BigDecimal closed = volume.min(held.volume());
        BigDecimal profit = profit(s, held.buy(), held.priceOpen(), fill, closed);
        balance = balance.add(profit);
        positions.remove(held);
        BigDecimal rest = held.volume().subtract(closed);
        BigDecimal reverse = volume.subtract(closed);
        if (rest.signum() > 0) {
            positions.add(new Position(held.ticket(), s.symbol(), held.buy(), rest, held.priceOpen(), held.magic(),
                    held.comment()));
        } else if (reverse.signum() > 0) {
            positions.add(new Position(order, s.symbol(), buy, reverse, fill, magic, comment));
        }
        deals.add(new Deal(deal, order, held.ticket(), s.symbol(), buy, "out", volume, fill, profit, magic, comment,
                clock.instant()));
        return new Result(RetCodes.DONE, "done", order, deal, held.ticket(), volume, fill);
    }

    /**
     * Closes {@code volume} lots of positions on the {@code positionBuy} side of the symbol: the
     * netting position, or on a hedging account Tradewire's positions oldest first.
     */
    public synchronized Result close(String symbol, boolean positionBuy, BigDecimal volume, String magic,
                                     String comment) {
        SymbolSpec s = symbols.get(symbol);
        if (s == null) {
            return Result.refused(10013, "unknown symbol " + symbol);
        }
        String bad = badVolume(s, volume);
        if (bad != null) {
            return Result.refused(RetCodes.INVALID_VOLUME, bad);
        }
        List<Position> candidates = positions.stream().filter(p -> p.symbol().equals(symbol) && p.buy() == positionBuy)
                .filter(p -> mode == Mode.NETTING || io.tradewire.trading.venue.mt5.protocol.Stamp.isOurs(p.magic()))
                .toList();
        BigDecimal open = candidates.stream().map(Position::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (open.compareTo(volume) < 0) {
            return Result.refused(RetCodes.INVALID_VOLUME, "close of " + volume.toPlainString() + " lots but "
                    + open.toPlainString() + " lots are open on the " + (positionBuy ? "buy" : "sell") + " side of "
                    + symbol);
        }
        BigDecimal fill = positionBuy ? s.bid() : s.ask();
        String order = next();
        String lastDeal = null;
        String lastPosition = null;
        BigDecimal left = volume;
        for (Position p : candidates) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(p.volume());
            BigDecimal profit = profit(s, p.buy(), p.priceOpen(), fill, part);
            balance = balance.add(profit);
            int at = positions.indexOf(p);
            if (part.compareTo(p.volume()) == 0) {
                positions.remove(at);
            } else {
                positions.set(at, new Position(p.ticket(), symbol, p.buy(), p.volume().subtract(part), p.priceOpen(),
                        p.magic(), p.comment()));
            }
            lastDeal = next();
            lastPosition = p.ticket();
            deals.add(new Deal(lastDeal, order, p.ticket(), symbol, !positionBuy, "out", part, fill, profit, magic,
                    comment, clock.instant()));
            left = left.subtract(part);
        }
        return new Result(RetCodes.DONE, "done", order, lastDeal, lastPosition, volume, fill);
    }

    public synchronized Result cancel(String ticket) {
        Pending p = orders.get(ticket);
        if (p == null || !p.state().equals("placed")) {
            return Result.refused(10013, "no pending order " + ticket);
        }
        orders.put(ticket, new Pending(ticket, p.symbol(), p.buy(), p.type(), p.volume(), p.price(), p.magic(),
                p.comment(), "cancelled"));
        return new Result(RetCodes.DONE, "cancelled", ticket, null, null, p.volume(), p.price());
    }

    public synchronized Result modify(String ticket, BigDecimal price) {
        Pending p = orders.get(ticket);
        if (p == null || !p.state().equals("placed")) {
            return Result.refused(10013, "no pending order " + ticket);
        }
        orders.put(ticket, new Pending(ticket, p.symbol(), p.buy(), p.type(), p.volume(), price, p.magic(),
                p.comment(), "placed"));
        return new Result(RetCodes.DONE, "modified", ticket, null, null, p.volume(), price);
    }

    public synchronized List<Position> positions() {
        return List.copyOf(positions);
    }

    public synchronized List<Pending> orders() {
        return List.copyOf(orders.values());
    }

    public synchronized List<Deal> deals() {
        return List.copyOf(deals);
    }

    /** Deals made by requests stamped with {@code magic} (an open's "in", a close's "out"s). */
    public synchronized List<Deal> dealsFor(String magic) {
        return deals.stream().filter(d -> d.magic().equals(magic)).toList();
    }

    public synchronized Optional<Pending> pendingFor(String magic) {
        return orders.values().stream().filter(p -> p.magic().equals(magic)).findFirst();
    }

    public synchronized BigDecimal balance() {
        return balance;
    }

    /** Balance plus the open positions' profit at the current prices. */
    public synchronized BigDecimal equity() {
        BigDecimal floating = BigDecimal.ZERO;
        for (Position p : positions) {
            SymbolSpec s = symbols.get(p.symbol());
            floating = floating.add(profit(s, p.buy(), p.priceOpen(), p.buy() ? s.bid() : s.ask(), p.volume()));
        }
        return balance.add(floating);
    }

    public synchronized BigDecimal usedMargin() {
        return positions.stream().map(p -> margin(symbols.get(p.symbol()), p.volume()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public synchronized BigDecimal freeMargin() {
        return equity().subtract(usedMargin());
    }

    public Mode mode() {
        return mode;
    }

    public String currency() {
        return currency;
    }

    public String login() {
        return login;
    }

    public String server() {
        return server;
    }

    public int leverage() {
        return leverage;
    }

    public boolean connected() {
        return connected;
    }

    public boolean tradeAllowed() {
        return tradeAllowed;
    }

    /** The broker connection drops or returns (heartbeats say so; Tradewire holds jobs meanwhile). */
    public void connected(boolean on) {
        connected = on;
    }

    /** AutoTrading switched off or on in the terminal. */
    public void tradeAllowed(boolean on) {
        tradeAllowed = on;
    }

    private String badVolume(SymbolSpec s, BigDecimal volume) {
        boolean onStep = volume.remainder(s.volumeStep()).signum() == 0;
        if (volume.compareTo(s.volumeMin()) < 0 || volume.compareTo(s.volumeMax()) > 0 || !onStep) {
            return "volume " + volume.toPlainString() + " for " + s.symbol() + " must be from "
                    + s.volumeMin().toPlainString() + " to " + s.volumeMax().toPlainString() + " in steps of "
                    + s.volumeStep().toPlainString();
        }
        return null;
    }

    /** Margin in the account currency (USD): a USDXXX lot needs its contract in USD, others at the bid. */
    private BigDecimal margin(SymbolSpec s, BigDecimal volume) {
        BigDecimal notional = volume.multiply(s.contractSize());
        if (!s.symbol().startsWith("USD")) {
            notional = notional.multiply(s.bid());
        }
        return notional.divide(BigDecimal.valueOf(leverage), 2, RoundingMode.HALF_EVEN);
    }

    /** Profit in the account currency, through the tick value: ticks moved x tick value x lots. */
    private static BigDecimal profit(SymbolSpec s, boolean buy, BigDecimal open, BigDecimal close, BigDecimal volume) {
        BigDecimal move = buy ? close.subtract(open) : open.subtract(close);
        return move.divide(s.tickSize(), 10, RoundingMode.HALF_EVEN).multiply(s.tickValue()).multiply(volume)
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    private String next() {
        return Long.toUnsignedString(tickets.incrementAndGet());
    }
}
