package io.tradewire.config.localexchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local exchange's matching and book, shared by its Binance and Bybit APIs: checks lot step,
 * minimum quantity and notional, refuses a client order id it already holds, fills market orders
 * at the instrument's price against the account's balances (fee 0.1% of what is received), and
 * rests limit and stop orders. Counts every order it accepted, so a test can prove "one, not two".
 */
final class LocalBook {
    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    /** Why an order was refused, in words each API turns into its own code. */
    enum Refusal { UNKNOWN_SYMBOL, LOT_SIZE, NOTIONAL, BALANCE, DUPLICATE, BAD_PARAMETER }

    sealed interface Result {
    }

    record Accepted(LocalOrder order) implements Result {
    }

    record Refused(Refusal why, String message) implements Result {
    }

    private final Map<String, LocalOrder> byClientId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    synchronized Result place(LocalAccount account, LocalInstrument inst, String side, String type,
                              BigDecimal quantity, BigDecimal limitPrice, String clientOrderId, long now) {
        String key = account.apiKey() + "|" + clientOrderId;
        if (byClientId.containsKey(key)) {
            duplicates.incrementAndGet();
            return new Refused(Refusal.DUPLICATE, "Duplicate order sent.");
        }
        if (quantity == null || quantity.signum() <= 0 || !("BUY".equals(side) || "SELL".equals(side))) {
            return new Refused(Refusal.BAD_PARAMETER, "Illegal characters found in parameter 'quantity' or 'side'.");
        }
        if (quantity.remainder(inst.lotStep()).signum() != 0 || quantity.compareTo(inst.minQuantity()) < 0) {
            return new Refused(Refusal.LOT_SIZE, "Filter failure: LOT_SIZE");
        }
        boolean market = "MARKET".equals(type);
        BigDecimal price = market ? inst.price() : limitPrice;
        if (price == null || price.signum() <= 0) {
            return new Refused(Refusal.BAD_PARAMETER, "Mandatory parameter 'price' was not sent, was empty/null, or"
                    + " malformed.");
        }
        BigDecimal notional = quantity.multiply(price);
        if (notional.compareTo(inst.minNotional()) < 0) {
            return new Refused(Refusal.NOTIONAL, "Filter failure: NOTIONAL");
        }
        long id = ids.incrementAndGet();
        LocalOrder order;
        if (market) {
            boolean buy = "BUY".equals(side);
            BigDecimal fee = (buy ? quantity : notional).multiply(FEE_RATE).setScale(8, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            boolean paid = buy
                    ? account.settle(inst.quote(), notional, inst.base(), quantity.subtract(fee))
                    : account.settle(inst.base(), quantity, inst.quote(), notional.subtract(fee));
            if (!paid) {
                return new Refused(Refusal.BALANCE, "Account has insufficient balance for requested action.");
            }
            order = new LocalOrder(id, account.apiKey(), clientOrderId, inst, side, type, quantity, BigDecimal.ZERO,
                    quantity, notional, fee, buy ? inst.base() : inst.quote(), "FILLED", now);
        } else {
            order = new LocalOrder(id, account.apiKey(), clientOrderId, inst, side, type, quantity, price,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, inst.quote(), "NEW", now);
        }
        byClientId.put(key, order);
        accepted.incrementAndGet();
        return new Accepted(order);
    }

    Optional<LocalOrder> find(String apiKey, String clientOrderId) {
        return Optional.ofNullable(byClientId.get(apiKey + "|" + clientOrderId));
    }

    /** Cancels a resting order; empty when there is none (unknown, or already filled or cancelled). */
    synchronized Optional<LocalOrder> cancel(String apiKey, String clientOrderId) {
        LocalOrder o = byClientId.get(apiKey + "|" + clientOrderId);
        if (o == null || !"NEW".equals(o.status())) {
            return Optional.empty();
        }
        LocalOrder cancelled = o.withStatus("CANCELED");
        byClientId.put(apiKey + "|" + clientOrderId, cancelled);
        return Optional.of(cancelled);
    }

    java.util.List<LocalOrder> open(String apiKey) {
        return byClientId.values().stream().filter(o -> o.apiKey().equals(apiKey) && "NEW".equals(o.status()))
                .toList();
    }

    /** Orders accepted under this client order id (the book refuses a second, so at most one). */
    int count(String clientOrderId) {
        return (int) byClientId.values().stream().filter(o -> o.clientOrderId().equals(clientOrderId)).count();
    }

    long accepted() {
        return accepted.get();
    }

    /** Orders sent again under a client order id the book already held (refused, but counted). */
    long duplicates() {
        return duplicates.get();
    }
}
