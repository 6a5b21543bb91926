package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.stats.StatsRepository.SymbolFees;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Marks positions to the latest price and adds what their fills paid in fees. */
@Singleton
public class PositionMarks {
    private final StatsRepository rows;
    private final PriceBook prices;
    private final TransactionOperations<Connection> tx;

    PositionMarks(StatsRepository rows, PriceBook prices, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.prices = prices;
        this.tx = tx;
    }

    public List<MarkedPosition> mark(List<Position> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return tx.executeRead(s -> {
            Map<String, BigDecimal> fees = rows.feesOfAccounts(positions.stream().map(Position::accountId)
                            .collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(f -> key(f.accountId(), f.symbol()), SymbolFees::fees));
            // one look-up per symbol, however many accounts hold it
            Map<String, Optional<BigDecimal>> latest = new HashMap<>();
            return positions.stream().map(p -> {
                BigDecimal mark = latest.computeIfAbsent(p.symbol(), prices::latest).orElse(null);
                return new MarkedPosition(p, mark, unrealized(p, mark),
                        fees.getOrDefault(key(p.accountId(), p.symbol()), BigDecimal.ZERO));
            }).toList();
        });
    }

    /** Signed quantity makes one formula serve both sides: a short gains as the price falls. */
    @Nullable
    static BigDecimal unrealized(Position p, @Nullable BigDecimal mark) {
        if (!p.isOpen()) {
            return BigDecimal.ZERO;
        }
        return mark == null ? null : mark.subtract(p.averagePrice()).multiply(p.quantity());
    }

    private static String key(Long accountId, String symbol) {
        return accountId + "/" + symbol;
    }
}
