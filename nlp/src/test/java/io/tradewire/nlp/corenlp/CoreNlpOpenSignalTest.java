package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** New trades: symbol, side, order type, entry, stop, targets, leverage. */
class CoreNlpOpenSignalTest {

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    private Signal.Open open(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Open.class);
        return (Signal.Open) s;
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static void assertPrices(List<BigDecimal> actual, String... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("price %d", i).isEqualByComparingTo(expected[i]);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "BTC/USDT buy 42000 sl 41000 tp 44000       | BTCUSDT",
        "BTCUSDT buy 42000 sl 41000 tp 44000        | BTCUSDT",
        "#BTC buy 42000 sl 41000 tp 44000           | BTCUSDT",
        "$BTC long 42000 sl 41000 tp 44000          | BTCUSDT",
        "BTC-PERP long 42000 sl 41000 tp 44000      | BTCUSDT",
        "#ETH/BTC buy 0.055 sl 0.05 tp 0.06         | ETHBTC",
        "EUR/USD sell 1.0850 sl 1.0900 tp 1.0800    | EURUSD",
        "eurusd sell 1.0850 sl 1.0900 tp 1.0800     | EURUSD",
        "Sell EUR USD 1.0850 sl 1.0900 tp 1.0800    | EURUSD",
        "EURUSD.m sell 1.0850 sl 1.0900 tp 1.0800   | EURUSD",
        "Gold buy 1950 sl 1940 tp 1970              | XAUUSD",
        "XAU/USD buy 1950 sl 1940 tp 1970           | XAUUSD",
        "SILVER buy 23.5 sl 23 tp 24.5              | XAGUSD",
        "US30 sell 34000 sl 34200 tp 33800          | US30",
        "DJ30 sell 34000 sl 34200 tp 33800          | US30",
        "DOW sell 34000 sl 34200 tp 33800           | US30",
        "NAS100 buy 15000 sl 14900 tp 15200         | NAS100",
        "USTEC buy 15000 sl 14900 tp 15200          | NAS100",
        "SPX500 sell 4500 sl 4520 tp 4450           | SPX500",
        "GER40 buy 15800 sl 15700 tp 16000          | GER40",
        "DAX buy 15800 sl 15700 tp 16000            | GER40",
        "OIL sell 80.5 sl 81.5 tp 78                | USOIL",
        "WTI sell 80.5 sl 81.5 tp 78                | USOIL",
        "USOIL sell 80.5 sl 81.5 tp 78              | USOIL",
        "Buy FET at 2350 stop 2190 target 3400      | FETUSDT",
    })
    void readsSymbols(String text, String symbol) {
        assertThat(open(text).symbol()).isEqualTo(symbol);
    }

    @Test
    void defaultQuoteIsConfigurable() {
        Signal s = new CoreNlpSignalParser("busd").parse("#EGLD buy 40 sl 39 tp 42");
        assertThat(((Signal.Open) s).symbol()).isEqualTo("EGLDBUSD");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GBPUSD buy 1.27 sl 1.26 tp 1.28     | BUY",
        "GBPUSD long 1.27 sl 1.26 tp 1.28    | BUY",
        "GBPUSD sell 1.27 sl 1.28 tp 1.26    | SELL",
        "GBPUSD short 1.27 sl 1.28 tp 1.26   | SELL",
        "GBPUSD bearish, entry 1.27, sl 1.28 | SELL",
        // no side word: targets above the entry mean buy
        "GBPUSD entry 1.27 sl 1.26 tp 1.28   | BUY",
        "GBPUSD entry 1.27 tp 1.25           | SELL",
        // contradictory words: the prices decide
        "Buy #LUNA/USDT #SHORT entry 95.7 tp 95.4 sl 102 | SELL",
    })
    void readsAndInfersTheSide(String text, Side side) {
        assertThat(open(text).side()).isEqualTo(side);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "EURUSD buy now 1.0850 sl 1.08 tp 1.09        | MARKET",
        "EURUSD buy at CMP 1.0850 sl 1.08 tp 1.09     | MARKET",
        "EURUSD buy market 1.0850 sl 1.08 tp 1.09     | MARKET",
        "EURUSD buy (instant execution) 1.0850 sl 1.08 | MARKET",
        "EURUSD buy limit 1.0850 sl 1.08 tp 1.09      | LIMIT",
        "EURUSD buy stop 1.0850 sl 1.08 tp 1.09       | STOP",
        "EURUSD sell stop 1.0850 sl 1.09 tp 1.08      | STOP",
        "EURUSD buy 1.0850 sl 1.08 tp 1.09            | null",
    })
    void readsTheOrderTypeOnlyWhenWritten(String text, OrderType type) {
        assertThat(open(text).orderType()).isEqualTo(type);
    }

    @Test
    void readsOneEntryOrAZone() {
        assertThat(open("BTCUSDT buy 42000 sl 41000 tp 44000").entry()).isEqualByComparingTo("42000");
        for (String text : List.of(
                "BTCUSDT buy 42000-42500 sl 41000 tp 44000",
                "BTCUSDT buy 42500 - 42000 sl 41000 tp 44000",
                "BTCUSDT buy between 42000 and 42500 sl 41000 tp 44000",
                "BTCUSDT long\nEntry Targets:\n1) 42500\n2) 42000\nStop: 41000\nTargets: 44000",
                "BTCUSDT buy 42000_42500 sl 41000 tp 44000")) {
            Signal.Open o = open(text);
            assertThat(o.entry()).as(text).isNull();
            assertThat(o.entryLow()).as(text).isEqualByComparingTo("42000");
            assertThat(o.entryHigh()).as(text).isEqualByComparingTo("42500");
        }
        Signal.Open several = open("ETH/USDT long entry 2000 2050 2100 stop 1900 tp 2200");
        assertThat(several.entryLow()).isEqualByComparingTo("2000");
        assertThat(several.entryHigh()).isEqualByComparingTo("2100");
    }

    @Test
    void marketWithoutPriceHasNoEntry() {
        Signal.Open o = open("Buy BTCUSDT now SL 41000 TP 45000");
        assertThat(o.entry()).isNull();
        assertThat(o.entryLow()).isNull();
        assertThat(o.referencePrice()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "EURUSD buy 1.0850 SL 1.0800 TP 1.0950          | 1.0800",
        "EURUSD buy 1.0850 Stop loss: 1.0800 TP 1.0950  | 1.0800",
        "EURUSD buy 1.0850 stop 1.0800 TP 1.0950        | 1.0800",
        "EURUSD buy 1.0850 S/L @ 1.0800 TP 1.0950       | 1.0800",
        "EURUSD buy 1.0850 Stoploss - 1.0800 TP 1.0950  | 1.0800",
        "EURUSD buy 1.0850 SL 50 pips TP 1.0950         | null",
        "EURUSD buy 1.0850 SL -7% TP 1.0950             | null",
        "EURUSD buy 1.0850 SL ?? TP 1.0950              | null",
    })
    void readsTheStopLoss(String text, BigDecimal stop) {
        Signal.Open o = open(text);
        if (stop == null) {
            assertThat(o.stopLoss()).isNull();
        } else {
            assertThat(o.stopLoss()).isEqualByComparingTo(stop);
        }
    }

    @Test
    void readsTargetsInMessageOrder() {
        assertPrices(open("SELL EURUSD 1.1274\nSL 1.1370\nTP1 1.1156\nTP2 1.0946\nTP3 1.0750").takeProfits(),
                "1.1156", "1.0946", "1.0750");
        assertPrices(open("ETHUSDT LONG Entry: 2000 Targets: 2100 - 2200 - 2300 SL: 1900").takeProfits(),
                "2100", "2200", "2300");
        assertPrices(open("Buy ETH/USDT 2000\nTake-Profit Targets:\n1) 2100\n2) 2050\nStop 1900").takeProfits(),
                "2100", "2050");
        assertPrices(open("EURUSD buy 1.0850 sl 1.08 tp 30 pips").takeProfits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "BTCUSDT buy 42000 sl 41000 tp 44000 10x        | 10",
        "BTCUSDT buy 42000 sl 41000 tp 44000 Lev 20     | 20",
        "BTCUSDT buy 42000 sl 41000 Leverage: cross 20x | 20",
        "BTCUSDT buy 42000 sl 41000 Leverage 3-5x       | 5",
        "BTCUSDT buy 42000 sl 41000 Cross (20X_50X)     | 50",
        "BTCUSDT buy 42000 sl 41000 tp 44000            | null",
    })
    void readsLeverage(String text, Integer leverage) {
        assertThat(open(text).leverage()).isEqualTo(leverage);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BTC/USDT buy 45,000 sl 43,000 tp 48,000       | 45000 | 43000 | 48000",
        "USDJPY sell 108,70 sl 109,50 tp 107,90        | 108.70 | 109.50 | 107.90",
        "BTC/USDT buy 45k sl 43k tp 48.5k              | 45000 | 43000 | 48500",
        "GBPNZD sell 1.7610 Sl 1 7786 Tp 1.7517        | 1.7610 | 1.7786 | 1.7517",
    })
    void readsNumberFormats(String text, String entry, String stop, String target) {
        Signal.Open o = open(text);
        assertThat(o.entry()).isEqualByComparingTo(entry);
        assertThat(o.stopLoss()).isEqualByComparingTo(stop);
        assertPrices(o.takeProfits(), target);
    }

    @Test
    void readsPostsWhoseNewlinesWereLost() {
        Signal.Open o = open("ARPA/USDT  LONGLEVERAGE: 10xENTRY: 0.03416TARGETS: 0.03483 - 0.03590SL: 0.03382");
        assertThat(o.symbol()).isEqualTo("ARPAUSDT");
        assertThat(o.side()).isEqualTo(Side.BUY);
        assertThat(o.entry()).isEqualByComparingTo("0.03416");
        assertThat(o.stopLoss()).isEqualByComparingTo("0.03382");
        assertPrices(o.takeProfits(), "0.03483", "0.03590");
        assertThat(o.leverage()).isEqualTo(10);
    }

    @Test
    void readsEveryTradeOfAPostAndTheFirstByDefault() {
        String text = "BUY GBPUSD\nAt Price: 1.33400\nTake Profit: 1.34600\nStop Loss: 1.32200\n\n"
                + "SELL USDCAD\nAt Price: 1.28400\nTake Profit: 1.27200\nStop Loss: 1.29600";
        List<Signal> all = parser.parseAll(text);
        assertThat(all).hasSize(2);
        assertThat(((Signal.Open) all.get(0)).symbol()).isEqualTo("GBPUSD");
        assertThat(((Signal.Open) all.get(1)).symbol()).isEqualTo("USDCAD");
        assertThat(((Signal.Open) all.get(1)).side()).isEqualTo(Side.SELL);
        assertThat(parser.parse(text)).isEqualTo(all.get(0));
    }

    @Test
    void aTradeWithoutPricesIsStillOpen() {
        Signal.Open o = open("Going long on ADAUSDT");
        assertThat(o.side()).isEqualTo(Side.BUY);
        assertThat(o.takeProfits()).isEmpty();
    }
}
