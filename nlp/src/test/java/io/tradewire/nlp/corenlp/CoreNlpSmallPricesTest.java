package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Signal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A one- or two-digit price right after a label is a price when a word follows, an index otherwise. */
class CoreNlpSmallPricesTest {
    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    @Test
    void aSmallEntryFollowedByTheNextLabelIsAPrice() {
        var o = (Signal.Open) parser.parse("LINK/USDT LONG entry 20 SL 19 TP 22");
        assertThat(o.entry()).isEqualByComparingTo("20");
        assertThat(o.stopLoss()).isEqualByComparingTo("19");
        assertThat(o.takeProfits()).extracting(Object::toString).containsExactly("22");
    }

    @Test
    void aNumberRightAfterATargetLabelIsStillItsIndex() {
        var o = (Signal.Open) parser.parse("BTC/USDT LONG\nEntry 42000\nTP 1 43000\nTP2: 44000\nTP3: OPEN\nSL 41000");
        assertThat(o.takeProfits()).extracting(Object::toString).containsExactly("43000", "44000");
    }
}
