package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups become {@link Signal.Update}; chatter and empty text become {@link Signal.None}. */
class CoreNlpUpdateAndNoneTest {

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    private Signal.Update update(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Update.class);
        return (Signal.Update) s;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Close BTCUSDT now                     | CLOSE",
        "Close all trades                      | CLOSE",
        "Close half of BTCUSDT                 | CLOSE_PARTIAL",
        "Take partial profits on GOLD          | CLOSE_PARTIAL",
        "Move SL to 1.0850 on EURUSD           | MOVE_SL",
        "Cancel the EURUSD order               | CANCEL",
        "EURUSD signal cancelled               | CANCEL",
        "TP2 hit on GOLD                       | TP_HIT",
        "Target 3 reached ✅                    | TP_HIT",
        "Stop loss hit on ETHUSDT              | SL_HIT",
        "EURUSD stopped out                    | SL_HIT",
        "#ALGO/USDT Entered entry zone ✅        | ENTRY_HIT",
    })
    void readsTheAction(String text, UpdateAction action) {
        assertThat(update(text).action()).isEqualTo(action);
    }

    @Test
    void closePartialCarriesTheFraction() {
        assertThat(update("Close half of BTCUSDT").fraction()).isEqualByComparingTo("0.5");
        assertThat(update("close 25% ETHUSDT").fraction()).isEqualByComparingTo("0.25");
        assertThat(update("Take partial profits on GOLD").fraction()).isNull();
    }

    @Test
    void moveStopToAPriceOrToBreakeven() {
        Signal.Update toPrice = update("Move SL to 1.0850 on EURUSD");
        assertThat(toPrice.newStop().breakeven()).isFalse();
        assertThat(toPrice.newStop().price()).isEqualByComparingTo("1.0850");
        assertThat(toPrice.symbol()).isEqualTo("EURUSD");
        for (String text : new String[] {"move stop to breakeven", "SL to entry on GOLD", "Move SL to BE",
                "profits taken and stops moved to entries"}) {
            Signal.Update u = update(text);
            assertThat(u.newStop()).as(text).isEqualTo(Signal.NewStop.toBreakeven());
        }
    }

    @Test
    void targetHitCarriesTheTargetNumber() {
        Signal.Update u = update("TP2 hit on GOLD");
        assertThat(u.tp()).isEqualTo(2);
        assertThat(u.symbol()).isEqualTo("XAUUSD");
        Signal.Update results = update("COIN: $INJ/USDT\nDirection: LONG\nTarget 1: 5.82✅\nTarget 2: 5.93✅\n"
                + "Profits taken and stops moved to entries");
        assertThat(results.action()).isEqualTo(UpdateAction.TP_HIT);
        assertThat(results.tp()).isEqualTo(2);
        assertThat(results.newStop()).isEqualTo(Signal.NewStop.toBreakeven());
    }

    @Test
    void aWholeSignalWithATrailingHitLineIsStillASignal() {
        Signal s = parser.parse("GBPCAD SELL: 1.7025\nTp1: 1.6990\nSL: 1.7085\n\nHit tp1 +35pips");
        assertThat(s).isInstanceOf(Signal.Open.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello, how are you today?",
        "The weather is nice",
        "BTCUSDT looking interesting at 45000",
        "Check out this article https://example.com/x",
        "12345",
        "🚀🚀🚀",
    })
    void chatterIsNotASignal(String text) {
        assertThat(parser.parseAll(text)).containsExactly(new Signal.None("not_a_signal"));
    }

    @Test
    void aTradeWithoutSymbolIsNone() {
        assertThat(parser.parse("buy at 45000")).isInstanceOf(Signal.None.class);
        assertThat(parser.parse("Buy now @ 84.430 Tp @ 84.850 Sl @ 84.100")).isEqualTo(new Signal.None("no_symbol"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void emptyTextIsNoneWithAReason(String text) {
        assertThat(parser.parseAll(text)).containsExactly(new Signal.None("empty"));
    }
}
