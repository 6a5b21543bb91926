package io.tradewire.config.localexchange;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An account on the local exchange: its key pair, whether the key may trade, and free balances per asset. */
public final class LocalAccount {
    private final String apiKey;
    private final String secret;
    private final boolean canTrade;
    private final Map<String, BigDecimal> free = new ConcurrentHashMap<>();

    LocalAccount(String apiKey, String secret, boolean canTrade, Map<String, BigDecimal> balances) {
        this.apiKey = apiKey;
        this.secret = secret;
        this.canTrade = canTrade;
        this.free.putAll(balances);
    }

    String apiKey() {
        return apiKey;
    }

    String secret() {
        return secret;
    }

    boolean canTrade() {
        return canTrade;
    }

    public BigDecimal free(String asset) {
        return free.getOrDefault(asset, BigDecimal.ZERO);
    }

    Map<String, BigDecimal> balances() {
        return Map.copyOf(free);
    }

    /** Moves balances for a fill; false (and nothing moved) when the paying side is short. */
    synchronized boolean settle(String pay, BigDecimal payAmount, String get, BigDecimal getAmount) {
        if (free(pay).compareTo(payAmount) < 0) {
            return false;
        }
        free.merge(pay, payAmount.negate(), BigDecimal::add);
        free.merge(get, getAmount, BigDecimal::add);
        return true;
    }
}
