package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.Signal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stops and targets written as pips or percent: no price is guessed, the distance is reported. */
class CoreNlpDistanceTest {
    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    private static List<Evidence> of(Signal.Open o, Field field) {
        return o.evidence().stream().filter(e -> e.field() == field).toList();
    }

    @Test
    void aStopInPipsIsReportedNotConverted() {
        String text = "GBPUSD sell now 1.2680, SL 40 pips, TP 1.2600";
        var o = (Signal.Open) parser.parse(text);

        assertThat(o.stopLoss()).isNull();
        assertThat(o.takeProfits()).extracting(Object::toString).containsExactly("1.2600");
        var distance = of(o, Field.STOP_LOSS_DISTANCE);
        assertThat(distance).hasSize(1);
        assertThat(distance.get(0).span().text()).isEqualTo("40 pips");
        assertThat(distance.get(0).span().start()).isEqualTo(text.indexOf("40 pips"));
    }

    @Test
    void aStopInPercentAndTargetsInPipsAreReported() {
        var o = (Signal.Open) parser.parse("BTC/USDT long 42000 SL 5% TP 44000");
        assertThat(o.stopLoss()).isNull();
        assertThat(of(o, Field.STOP_LOSS_DISTANCE)).extracting(e -> e.span().text()).containsExactly("5%");

        var fx = (Signal.Open) parser.parse("EURUSD buy 1.0850 SL 1.0820 TP 30 pips");
        assertThat(fx.stopLoss()).isEqualByComparingTo("1.0820");
        assertThat(fx.takeProfits()).isEmpty();
        assertThat(of(fx, Field.TAKE_PROFIT_DISTANCE)).extracting(e -> e.span().text()).containsExactly("30 pips");
        assertThat(of(fx, Field.STOP_LOSS_DISTANCE)).isEmpty();
    }

    @Test
    void aStopGivenAsAPriceReportsNoDistance() {
        var o = (Signal.Open) parser.parse("BTC/USDT long 42000 SL 41000 TP 44000");
        assertThat(of(o, Field.STOP_LOSS_DISTANCE)).isEmpty();
        assertThat(of(o, Field.TAKE_PROFIT_DISTANCE)).isEmpty();
    }
}
