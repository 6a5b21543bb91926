package io.tradewire.trading.venue.xchange.bybit;

import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.xchange.Listing;
import org.knowm.xchange.bybit.dto.marketdata.instruments.BybitInstrumentInfo;
import org.knowm.xchange.bybit.dto.marketdata.instruments.spot.BybitSpotInstrumentInfo;
import org.knowm.xchange.bybit.dto.trade.details.BybitOrderDetail;
import org.knowm.xchange.bybit.service.BybitException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bybit v5 answers in the engine's terms: instruments to rules, order details to placements, retCodes to outcomes. */
public final class BybitMappers {
    static final String NAME = "bybit";
    private static final BigDecimal FINEST = new BigDecimal("0.00000001");

    private BybitMappers() {
    }

    /** Spot instruments in status Trading: priceFilter.tickSize, lotSizeFilter basePrecision, minOrderQty, minOrderAmt. */
    public static List<Listing> listings(List<BybitInstrumentInfo> infos) {
        List<Listing> out = new ArrayList<>();
        for (BybitInstrumentInfo i : infos) {
            if (!(i instanceof BybitSpotInstrumentInfo s) || s.getStatus() != BybitInstrumentInfo.InstrumentStatus.TRADING) {
                continue;
            }
            var lot = s.getLotSizeFilter();
            BigDecimal tick = positive(s.getPriceFilter() == null ? null : s.getPriceFilter().getTickSize());
            BigDecimal step = positive(lot == null ? null : lot.getBasePrecision());
            BigDecimal minQty = lot == null || lot.getMinOrderQty() == null ? BigDecimal.ZERO : lot.getMinOrderQty();
            BigDecimal minAmt = lot == null || lot.getMinOrderAmt() == null ? BigDecimal.ZERO : lot.getMinOrderAmt();
            out.add(new Listing(s.getSymbol(), s.getBaseCoin(), s.getQuoteCoin(), new InstrumentRules(s.getSymbol(),
                    tick, step, minQty.stripTrailingZeros(), minAmt.stripTrailingZeros())));
        }
        return out;
    }

    static Placement state(BybitOrderDetail d) {
        BigDecimal done = d.getCumExecQty() == null ? BigDecimal.ZERO : d.getCumExecQty();
        return switch (d.getOrderStatus()) {
            case FILLED -> new Placement.Filled(d.getOrderId(), done.stripTrailingZeros(),
                    avg(d).stripTrailingZeros(), BigDecimal.ZERO);
            case CREATED, NEW, PARTIALLY_FILLED, UNTRIGGERED, TRIGGERED, ACTIVE -> new Placement.Working(d.getOrderId());
            default -> done.signum() > 0
                    ? new Placement.Filled(d.getOrderId(), done.stripTrailingZeros(), avg(d).stripTrailingZeros(),
                    BigDecimal.ZERO)
                    : new Placement.Cancelled(d.getOrderId(), "bybit: order " + d.getOrderStatus().name()
                    .toLowerCase(Locale.ROOT));
        };
    }

    /**
     * A Bybit retCode as the engine's outcome: 10006 (too many visits) and 10018 back off; the
     * 100xx key and signature codes and the 170xxx order codes are refusals with Bybit's message;
     * 10016 (server error) and 10000 (timeout) reconcile.
     */
    static Placement error(BybitException e, String action, Duration defaultRetryAfter) {
        int code = e.getRetCode();
        String msg = "bybit: " + e.getRetMsg() + " (retCode " + code + ")";
        if (code == 10006 || code == 10018 || e.getHttpStatusCode() == 429 || e.getHttpStatusCode() == 403) {
            return new Placement.RateLimited(msg, io.tradewire.trading.venue.xchange.HttpFailures.retryAfter(e)
                    .orElse(defaultRetryAfter));
        }
        if (code == 10000 || code == 10016 || e.getHttpStatusCode() >= 500) {
            return new Placement.Unknown(msg);
        }
        if (code == 10002) {
            return new Placement.Rejected(msg + "; the clock is off", true);
        }
        return new Placement.Rejected("bybit rejected the " + action + ": " + e.getRetMsg() + " (retCode " + code + ")",
                false);
    }

    static boolean isDuplicate(BybitException e) {
        return String.valueOf(e.getRetMsg()).toLowerCase(Locale.ROOT).contains("duplicate");
    }

    static boolean isBadKey(BybitException e) {
        return e.getRetCode() == 10003 || e.getRetCode() == 10004 || e.getRetCode() == 10005
                || e.getRetCode() == 33004;
    }

    private static BigDecimal avg(BybitOrderDetail d) {
        return d.getAvgPrice() != null && d.getAvgPrice().signum() > 0 ? d.getAvgPrice()
                : d.getPrice() == null ? BigDecimal.ZERO : d.getPrice();
    }

    private static BigDecimal positive(BigDecimal d) {
        return d == null || d.signum() <= 0 ? FINEST : d.stripTrailingZeros();
    }
}
