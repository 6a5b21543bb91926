package io.tradewire.nlp;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatingParserTest {
    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Signal.Open open(Side side, String entry, String stop, String... targets) {
        return new Signal.Open("BTCUSDT", side, null, entry == null ? null : d(entry), null, null,
                stop == null ? null : d(stop), List.of(targets).stream().map(BigDecimal::new).toList(), null);
    }

    /** A parser that answers with fixed signals, to test the wrapper alone. */
    static ValidatingParser answering(Signal... signals) {
        return new ValidatingParser(text -> List.of(signals));
    }

    @Test
    void consistentSignalsPassUnchanged() {
        Signal.Open buy = open(Side.BUY, "42000", "41000", "43000", "44000");
        Signal.Open sell = open(Side.SELL, "1.0850", "1.0900", "1.0800");
        Signal.Open market = open(Side.BUY, null, "41000", "43000");
        assertThat(answering(buy, sell, market).parseAll("x")).containsExactly(buy, sell, market);
    }

    @Test
    void aFlaggedSignalKeepsItsValuesAsWritten() {
        Signal.Open wrong = open(Side.BUY, "42000", "43000", "44000");
        Signal.Open got = (Signal.Open) answering(wrong).parse("x");
        assertThat(got.isFlagged()).isTrue();
        assertThat(got.stopLoss()).isEqualByComparingTo("43000");
        assertThat(got.flagged(null)).isEqualTo(wrong);
    }

    @Test
    void aStopOnTheWrongSideIsFlaggedWithTheNumbers() {
        assertThat(answering(open(Side.BUY, "42000", "43000", "44000")).parse("x"))
                .extracting(s -> ((Signal.Open) s).problem()).isEqualTo("invalid_prices: the stop loss 43000 is at or above the entry 42000 of a buy");
        assertThat(answering(open(Side.SELL, "2000", "1900", "1800")).parse("x"))
                .extracting(s -> ((Signal.Open) s).problem()).isEqualTo("invalid_prices: the stop loss 1900 is at or below the entry 2000 of a sell");
    }

    @Test
    void aTargetOnTheWrongSideIsFlagged() {
        assertThat(answering(open(Side.BUY, "42000", "41000", "43000", "41500")).parse("x"))
                .extracting(s -> ((Signal.Open) s).problem()).isEqualTo("invalid_prices: the take-profit 41500 is at or below the entry 42000 of a buy");
        assertThat(answering(open(Side.BUY, null, "41000", "40000")).parse("x"))
                .extracting(s -> ((Signal.Open) s).problem()).isEqualTo("invalid_prices: the take-profit 40000 and the stop loss 41000 cannot belong to one buy");
    }

    @Test
    void numbersOfDifferentMagnitudesCannotBelongTogether() {
        assertThat(answering(open(Side.BUY, "2300", "210", "2500")).parse("x"))
                .extracting(s -> ((Signal.Open) s).problem()).isEqualTo("invalid_prices: price 210 cannot belong with the entry 2300");
    }

    @Test
    void tooLongEmptyAndThrowingInputsGiveAReasonNeverAnException() {
        ValidatingParser p = answering(open(Side.BUY, "1", "0.9", "1.1"));
        assertThat(p.parse("x".repeat(ValidatingParser.MAX_LENGTH + 1)))
                .isEqualTo(new Signal.None("too_long: the message has 4001 characters; at most 4000 are read"));
        assertThat(p.parse(" ")).isEqualTo(new Signal.None("empty"));
        assertThat(p.parse(null)).isEqualTo(new Signal.None("empty"));
        ValidatingParser broken = new ValidatingParser(text -> {
            throw new IllegalStateException("bug");
        });
        assertThat(broken.parse("BTC long")).isEqualTo(new Signal.None("parse_error: IllegalStateException"));
        assertThat(new ValidatingParser(text -> List.of()).parse("x")).isEqualTo(new Signal.None("not_a_signal"));
    }
}
