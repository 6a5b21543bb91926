package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.stats.StatsRepository.FillRow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fills into closed trades by replaying them per account and symbol, the way PositionBook
 * applied them. The replay is needed for what a fill row does not carry: which follow opened the
 * position being closed, its average entry and stop, and the opening fees the close should bear.
 * The realised P&amp;L itself is taken from the fill (what was booked), not recomputed.
 */
final class TradeLedger {
    /** As PositionBook's averages: wide, so splitting fees and averaging prices loses nothing visible. */
    private static final MathContext MC = MathContext.DECIMAL128;

    private TradeLedger() {
    }

    /** The closed trades of the fills (in booking order), ordered by close time then fill. */
    static List<Trade> trades(List<FillRow> fills) {
        Map<String, Episode> open = new HashMap<>();
        List<Trade> trades = new ArrayList<>();
        for (FillRow f : fills) {
            String key = f.accountId() + "/" + f.symbol();
            BigDecimal signed = f.buy() ? f.quantity() : f.quantity().negate();
            Episode e = open.get(key);
            if (e == null || e.held.signum() == 0) {
                open.put(key, new Episode(f, signed, f.fee()));
            } else if (e.held.signum() == signed.signum()) {
                e.add(signed, f.price(), f.fee());
            } else {
                BigDecimal closing = f.quantity().min(e.held.abs());
                BigDecimal closeFee = f.fee().multiply(closing).divide(f.quantity(), MC);
                trades.add(e.close(f, closing, closeFee));
                BigDecimal rest = e.held.add(signed);
                if (rest.signum() == 0) {
                    open.remove(key);
                } else if (rest.signum() != e.held.signum()) {
                    // the fill went through flat: what is left over opens a new episode at this fill
                    open.put(key, new Episode(f, rest, f.fee().subtract(closeFee)));
                } else {
                    e.held = rest;
                }
            }
        }
        trades.sort(Comparator.comparing(Trade::closedAt).thenComparingLong(Trade::fillId));
        return trades;
    }

    /** An open position from the fill that opened it: who opened it, at what average, with which stop. */
    private static final class Episode {
        private final FillRow opener;
        private BigDecimal held;
        private BigDecimal average;
        /** fees of the opening fills not yet charged to a close */
        private BigDecimal openFees;

        Episode(FillRow opener, BigDecimal held, BigDecimal openFees) {
            this.opener = opener;
            this.held = held;
            this.average = opener.price();
            this.openFees = openFees;
        }

        void add(BigDecimal signed, BigDecimal price, BigDecimal fee) {
            BigDecimal total = held.add(signed);
            average = held.abs().multiply(average).add(signed.abs().multiply(price)).divide(total.abs(), MC);
            held = total;
            openFees = openFees.add(fee);
        }

        Trade close(FillRow f, BigDecimal closing, BigDecimal closeFee) {
            BigDecimal carried = openFees.multiply(closing).divide(held.abs(), MC);
            openFees = openFees.subtract(carried);
            BigDecimal net = f.realizedPnl().subtract(closeFee).subtract(carried);
            return new Trade(f.fillId(), f.accountId(), f.subscriberId(), opener.followId(), opener.providerId(),
                    f.symbol(), f.filledAt(), closing, average, f.price(), net, risk(closing));
        }

        @Nullable
        private BigDecimal risk(BigDecimal closing) {
            BigDecimal stop = opener.stopLoss();
            if (stop == null) {
                return null;
            }
            BigDecimal risk = average.subtract(stop).abs().multiply(closing);
            return risk.signum() == 0 ? null : risk;
        }
    }
}
