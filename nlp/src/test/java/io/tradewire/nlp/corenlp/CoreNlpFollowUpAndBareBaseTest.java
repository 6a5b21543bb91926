package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up phrasings (manual and market closes, partial profits, trailing and breakeven stops,
 * deleted orders, ordinal targets, triggered pending orders), recaps that stay chatter, and the
 * open-signal forms: a bare base before a side word, 🎯 targets, abbreviated ranges, numbered
 * target lists and Russian labels.
 */
class CoreNlpFollowUpAndBareBaseTest {

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    private static Signal.Update update(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Update.class);
        return (Signal.Update) s;
    }

    private static Signal.Open open(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Open.class);
        return (Signal.Open) s;
    }

    private static void assertPrices(List<BigDecimal> actual, String... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("price %d", i).isEqualByComparingTo(expected[i]);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "closing SOL manually, don't like it        | CLOSE",
        "exit all                                   | CLOSE",
        "Exit everything now                        | CLOSE",
        "Close NAS100 at market 🔒                   | CLOSE",
        "#ADA/USDT closed manually ✅                | CLOSE",
        "Closed GBPJPY +30 pips ✅                   | CLOSE",
        "ETH закрываем по рынку                     | CLOSE",
        "Cerramos BTC a mercado                     | CLOSE",
        "take 40% profit                            | CLOSE_PARTIAL",
        "Book 50% profits on ETH and let it run     | CLOSE_PARTIAL",
        "Secure 25% of the position on GOLD         | CLOSE_PARTIAL",
        "Take 30% off SOL at 150                    | CLOSE_PARTIAL",
        "Зафиксировать 50% прибыли                  | CLOSE_PARTIAL",
        "breakeven now                              | MOVE_SL",
        "stop loss moved to 1.2650                  | MOVE_SL",
        "Trail SL to 2400 on XAUUSD                 | MOVE_SL",
        "Переводим стоп в безубыток                 | MOVE_SL",
        "delete the pending order                   | CANCEL",
        "Remove the buy limit on GBPUSD             | CANCEL",
        "Remove the sell stop on US30               | CANCEL",
        "Take-Profit target 2 ✅                     | TP_HIT",
        "first target done ✅                        | TP_HIT",
        "Тейк 1 взят ✅                              | TP_HIT",
        "Primer objetivo alcanzado                  | TP_HIT",
        "#ETH/USDT Stop Target Hit ⛔                | SL_HIT",
        "Sadly GBPUSD hit our stop loss             | SL_HIT",
        "activated                                  | ENTRY_HIT",
        "USDJPY buy limit triggered                 | ENTRY_HIT",
        "GOLD sell stop activated 🔔                 | ENTRY_HIT",
        "BTC buy stop triggered                     | ENTRY_HIT",
    })
    void readsTheFollowUp(String text, UpdateAction action) {
        assertThat(update(text).action()).isEqualTo(action);
    }

    @Test
    void followUpsCarryTheirValues() {
        assertThat(update("take 50% profit").fraction()).isEqualByComparingTo("0.5");
        assertThat(update("Take 30% off BTC at 63k").fraction()).isEqualByComparingTo("0.3");
        assertThat(update("Secure 25% of the position on XAUUSD").fraction()).isEqualByComparingTo("0.25");
        assertThat(update("breakeven now").newStop()).isEqualTo(Signal.NewStop.toBreakeven());
        assertThat(update("EURUSD update: stop loss moved to 1.0860").newStop().price()).isEqualByComparingTo("1.0860");
        assertThat(update("Trail SL to 3050 on ETH").newStop().price()).isEqualByComparingTo("3050");
        assertThat(update("GOLD first target done ✅ +60 pips").tp()).isEqualTo(1);
        assertThat(update("GOLD third target reached").tp()).isEqualTo(3);
        assertThat(update("#BTC/USDT Take-Profit target 3 ✅\nProfit: 42.5% 📈").tp()).isEqualTo(3);
        assertThat(update("Тейк 1 взят ✅").tp()).isEqualTo(1);
        assertThat(update("Remove the sell stop on US30").symbol()).isEqualTo("US30");
        assertThat(update("EURUSD buy limit triggered").symbol()).isEqualTo("EURUSD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Yesterday: BTC +12%, ETH +8%, 5/6 targets hit 🔥",
        "🔥 5 TARGETS HIT ON ALL SIGNALS THIS WEEK 🔥 Join now",
        "3/4 TPs hit on GOLD today 💰",
        "Last week: 12 targets hit across all signals. Join VIP!",
        "Market is closed for the weekend, see you Monday.",
        "Last week we closed 9 out of 10 trades in profit 💪",
    })
    void recapsAndChatterStayNone(String text) {
        assertThat(parser.parse(text)).as(text).isInstanceOf(Signal.None.class);
    }

    @Test
    void aSymbolWithASideButNoPriceAndFollowUpWordsIsAFollowUp() {
        assertThat(parser.parse("EURUSD buy limit triggered")).isInstanceOf(Signal.Update.class);
        assertThat(parser.parse("Remove the sell stop on US30")).isInstanceOf(Signal.Update.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "NEAR LONG 5.20 SL 4.95 TP 5.50 5.80 6.20            | NEAR | BUY",
        "SUI long 1.05 sl 0.98 tp 1.12 tp 1.20                | SUI  | BUY",
        "sui long 1.05 sl 0.98 tp 1.12                        | SUI  | BUY",
        "BTC long 42k, SL 40.8k, TP 44k / 46k                 | BTC  | BUY",
        "BTC swing long 61,200. Invalidation 59,800. Targets 63,500 / 65,000 | BTC | BUY",
        "APT SHORT 9.80 SL 10.40 TP 9.20                      | APT  | SELL",
    })
    void aBareBaseBeforeASideWordIsTheSymbol(String text, String symbol, Side side) {
        Signal.Open o = open(text);
        assertThat(o.symbol()).isEqualTo(symbol);
        assertThat(o.side()).isEqualTo(side);
    }

    @Test
    void proseBeforeASideWordIsNotASymbol() {
        assertThat(open("Going long on ADAUSDT 0.45 sl 0.42 tp 0.50").symbol()).isEqualTo("ADAUSDT");
        assertThat(parser.parse("we long 42000 sl 41000 tp 44000")).isEqualTo(new Signal.None("no_symbol"));
    }

    @Test
    void severalTargetEmojiEachMarkATarget() {
        Signal.Open o = open("BUY GBPAUD @ 1.9320 🎯 1.9380 🎯 1.9450 ⛔ 1.9260");
        assertThat(o.entry()).isEqualByComparingTo("1.9320");
        assertThat(o.stopLoss()).isEqualByComparingTo("1.9260");
        assertPrices(o.takeProfits(), "1.9380", "1.9450");
        Signal.Open lines = open("XAU/USD SELL @ 2342.50\n⛔ SL 2350.00\n🎯 2335.00\n🎯 2328.00\n🎯 2315.00");
        assertPrices(lines.takeProfits(), "2335.00", "2328.00", "2315.00");
    }

    @Test
    void abbreviatedRangesAreReadWhole() {
        Signal.Open gold = open("GOLD SELL 2345/48\nSL 2353\nTP 2340\nTP 2335");
        assertThat(gold.entryLow()).isEqualByComparingTo("2345");
        assertThat(gold.entryHigh()).isEqualByComparingTo("2348");
        Signal.Open yen = open("GBPJPY BUY 134.30/35 SL 133.80 TP 135.00");
        assertThat(yen.entryLow()).isEqualByComparingTo("134.30");
        assertThat(yen.entryHigh()).isEqualByComparingTo("134.35");
    }

    @Test
    void numberedTargetListsHaveIndexesNotPrices() {
        Signal.Open o = open("GBPJPY BUY @ 188.40\nTargets:\n1. 188.90\n2. 189.40\n3. 190.20\nStop loss: 187.70");
        assertPrices(o.takeProfits(), "188.90", "189.40", "190.20");
        assertThat(o.stopLoss()).isEqualByComparingTo("187.70");
    }

    @Test
    void russianLabelsAreRead() {
        Signal.Open o = open("ETH/USDT ШОРТ\nВход: 2280-2300\nСтоп: 2350\nЦели: 2200 / 2150 / 2100\nПлечо: 10x");
        assertThat(o.entryLow()).isEqualByComparingTo("2280");
        assertThat(o.entryHigh()).isEqualByComparingTo("2300");
        assertThat(o.stopLoss()).isEqualByComparingTo("2350");
        assertPrices(o.takeProfits(), "2200", "2150", "2100");
        assertThat(o.leverage()).isEqualTo(10);
        assertThat(open("BTC/USDT ЛОНГ\nВход: 60000\nСтоп: 58000\nЦели: 62000\nПлечо: 20х").leverage()).isEqualTo(20);
    }

    @Test
    void pipsListsAreNotPrices() {
        Signal.Open o = open("GBPUSD sell now 1.2680, SL 40 pips, TP 40/80 pips");
        assertThat(o.takeProfits()).isEmpty();
        assertThat(o.stopLoss()).isNull();
    }
}
