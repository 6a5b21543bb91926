package io.tradewire.trading.venue.xchange.generic;

import org.knowm.xchange.client.ResilienceRegistries;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.kucoin.KucoinExchange;
import org.knowm.xchange.okex.OkexExchange;

/**
 * The OKX, Coinbase and KuCoin modules of XChange 5.2.1 build their rate limiters with
 * resilience4j 1.7's vavr-typed API, which the resilience4j 2.x the engine uses no longer has
 * (NoClassDefFoundError io/vavr/control/Either at creation). Their rate limiters and retries are
 * switched off for our accounts anyway (the engine retries and backs off itself), so these
 * subclasses hand the modules plain registries; everything else is the module's own code.
 */
public final class ResilienceCompat {
    private static final ResilienceRegistries PLAIN = new ResilienceRegistries();

    private ResilienceCompat() {
    }

    /** XChange's OKX module with plain resilience registries. */
    public static class Okx extends OkexExchange {
        @Override
        public ResilienceRegistries getResilienceRegistries() {
            return PLAIN;
        }
    }

    /** XChange's Coinbase (Exchange, formerly Pro) module with plain resilience registries. */
    public static class Coinbase extends CoinbaseProExchange {
        @Override
        public ResilienceRegistries getResilienceRegistries() {
            return PLAIN;
        }
    }

    /** XChange's KuCoin module with plain resilience registries. */
    public static class Kucoin extends KucoinExchange {
        @Override
        public ResilienceRegistries getResilienceRegistries() {
            return PLAIN;
        }
    }
}
