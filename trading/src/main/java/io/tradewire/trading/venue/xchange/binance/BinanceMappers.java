package io.tradewire.trading.venue.xchange.binance;

import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.xchange.HttpFailures;
import io.tradewire.trading.venue.xchange.Listing;
import org.knowm.xchange.binance.dto.BinanceException;
import org.knowm.xchange.binance.dto.meta.exchangeinfo.BinanceExchangeInfo;
import org.knowm.xchange.binance.dto.meta.exchangeinfo.Filter;
import org.knowm.xchange.binance.dto.meta.exchangeinfo.Symbol;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import org.knowm.xchange.binance.dto.trade.BinanceTrade;
import org.knowm.xchange.binance.dto.trade.OrderStatus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Binance's answers in the engine's terms: exchange info to rules, orders to placements, error codes to outcomes. */
public final class BinanceMappers {
    static final String NAME = "binance";
    private static final BigDecimal FINEST = new BigDecimal("0.00000001");

    private BinanceMappers() {
    }

    /** Every symbol in status TRADING, with PRICE_FILTER, LOT_SIZE and (MIN_)NOTIONAL read as rules. */
    public static List<Listing> listings(BinanceExchangeInfo info) {
        List<Listing> out = new ArrayList<>();
        for (Symbol s : info.getSymbols()) {
            if (s.getSymbol() == null || s.getBaseAsset() == null || s.getQuoteAsset() == null
                    || !"TRADING".equals(s.getStatus())) {
                continue;
            }
            BigDecimal tick = FINEST;
            BigDecimal step = FINEST;
            BigDecimal minQty = BigDecimal.ZERO;
            BigDecimal minNotional = BigDecimal.ZERO;
            for (Filter f : s.getFilters() == null ? new Filter[0] : s.getFilters()) {
                switch (String.valueOf(f.getFilterType())) {
                    case "PRICE_FILTER" -> tick = positive(f.getTickSize(), FINEST);
                    case "LOT_SIZE" -> {
                        step = positive(f.getStepSize(), FINEST);
                        minQty = decimal(f.getMinQty(), BigDecimal.ZERO);
                    }
                    case "MIN_NOTIONAL", "NOTIONAL" -> minNotional = decimal(f.getMinNotional(), BigDecimal.ZERO);
                    default -> { }
                }
            }
            out.add(new Listing(s.getSymbol(), s.getBaseAsset(), s.getQuoteAsset(),
                    new InstrumentRules(s.getSymbol(), tick, step, minQty, minNotional)));
        }
        return out;
    }

    /** The answer to a new order (response type FULL: its fills give the average price and the fee). */
    static Placement placed(BinanceNewOrder o, String quoteAsset, String baseAsset) {
        String id = Long.toString(o.orderId);
        if (o.status == OrderStatus.FILLED || (o.executedQty != null && o.executedQty.signum() > 0
                && o.status != OrderStatus.NEW && o.status != OrderStatus.PARTIALLY_FILLED)) {
            BigDecimal qty = BigDecimal.ZERO;
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal fee = BigDecimal.ZERO;
            for (BinanceTrade t : o.fills == null ? List.<BinanceTrade>of() : o.fills) {
                qty = qty.add(t.qty);
                value = value.add(t.qty.multiply(t.price));
                fee = fee.add(feeInQuote(t, quoteAsset, baseAsset));
            }
            if (qty.signum() == 0) {
                qty = o.executedQty;
                value = o.price == null ? BigDecimal.ZERO : o.price.multiply(qty);
            }
            BigDecimal avg = qty.signum() == 0 ? BigDecimal.ZERO : value.divide(qty, MathContext.DECIMAL64);
            return new Placement.Filled(id, qty.stripTrailingZeros(), avg.stripTrailingZeros(), fee.stripTrailingZeros());
        }
        return switch (o.status) {
            case NEW, PARTIALLY_FILLED, PENDING_CANCEL -> new Placement.Working(id);
            default -> new Placement.Cancelled(id, "binance: order " + o.status.name().toLowerCase());
        };
    }

    /** An order's state as Binance reports it (a lookup by client order id). */
    static Placement state(BinanceOrder o) {
        String id = Long.toString(o.orderId);
        boolean some = o.executedQty != null && o.executedQty.signum() > 0;
        if (o.status == OrderStatus.FILLED || some && o.status != OrderStatus.NEW
                && o.status != OrderStatus.PARTIALLY_FILLED && o.status != OrderStatus.PENDING_CANCEL) {
            BigDecimal avg = o.cummulativeQuoteQty == null || !some ? o.price
                    : o.cummulativeQuoteQty.divide(o.executedQty, MathContext.DECIMAL64);
            // a lookup carries no fills: the fee is not reported here
            return new Placement.Filled(id, o.executedQty.stripTrailingZeros(), avg.stripTrailingZeros(),
                    BigDecimal.ZERO);
        }
        return switch (o.status) {
            case NEW, PARTIALLY_FILLED, PENDING_CANCEL -> new Placement.Working(id);
            default -> new Placement.Cancelled(id, "binance: order " + o.status.name().toLowerCase());
        };
    }

    /**
     * A Binance error code as the engine's outcome. Refusals keep Binance's own message; codes
     * Binance documents as "execution status unknown" (-1006, -1007, and any 5xx) reconcile.
     */
    static Placement error(BinanceException e, String action, Duration defaultRetryAfter) {
        String msg = HttpFailures.clean(e.getMessage());
        int status = e.getHttpStatusCode();
        if (status == 429 || status == 418 || e.getCode() == -1003 || e.getCode() == -1015) {
            return new Placement.RateLimited("binance: " + msg + " (code " + e.getCode() + ")",
                    HttpFailures.retryAfter(e).orElse(defaultRetryAfter));
        }
        return switch (e.getCode()) {
            case -1001, -1006, -1007 -> new Placement.Unknown("binance: " + msg + " (code " + e.getCode() + ")");
            case -1016 -> new Placement.Held("binance: " + msg + " (code -1016)", defaultRetryAfter.multipliedBy(15));
            case -1021 -> new Placement.Rejected("binance: " + msg + " (code -1021); the clock is off", true);
            default -> status >= 500
                    ? new Placement.Unknown("binance answered HTTP " + status + " to " + action + ": " + msg)
                    : new Placement.Rejected("binance rejected the " + action + ": " + msg + " (code " + e.getCode()
                    + ")", false);
        };
    }

    static boolean isDuplicate(BinanceException e) {
        return e.getCode() == -2010 && String.valueOf(e.getMessage()).toLowerCase().contains("duplicate");
    }

    static boolean isUnknownOrder(BinanceException e) {
        return e.getCode() == -2013 || e.getCode() == -2011
                && String.valueOf(e.getMessage()).toLowerCase().contains("unknown order");
    }

    static boolean isBadKey(BinanceException e) {
        return e.getCode() == -2015 || e.getCode() == -2014 || e.getCode() == -1022 || e.getCode() == -2008;
    }

    /** A fill's commission in the quote currency: as is, or priced at the fill when charged in the base. */
    private static BigDecimal feeInQuote(BinanceTrade t, String quote, String base) {
        if (t.commission == null || t.commission.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (quote.equals(t.commissionAsset)) {
            return t.commission;
        }
        if (base.equals(t.commissionAsset)) {
            return t.commission.multiply(t.price);
        }
        return BigDecimal.ZERO; // charged in a third asset (BNB): not convertible without a price
    }

    private static BigDecimal positive(String raw, BigDecimal fallback) {
        BigDecimal d = decimal(raw, fallback);
        return d.signum() > 0 ? d : fallback;
    }

    private static BigDecimal decimal(String raw, BigDecimal fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return new BigDecimal(raw.strip()).stripTrailingZeros();
    }
}
