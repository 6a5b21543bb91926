package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Signal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser never throws and always answers with at least one signal, whatever the text. */
class CoreNlpParserPropertiesTest {

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    @Property(tries = 2000)
    void arbitraryStringsNeverThrowAndAlwaysYieldASignal(@ForAll String text) {
        assertAnswers(text);
    }

    @Property(tries = 2000)
    void signalLikeNoiseNeverThrows(@ForAll("signalish") String text) {
        assertAnswers(text);
    }

    private void assertAnswers(String text) {
        List<Signal> signals = parser.parseAll(text);
        assertThat(signals).isNotEmpty().doesNotContainNull();
        assertThat(parser.parse(text)).isEqualTo(signals.get(0));
    }

    /** Strings made of the pieces real signals are made of, in random order and glued together. */
    @Provide
    Arbitrary<String> signalish() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("BUY", "sell", "Long", "SHORT", "SL", "TP", "TP1", "T.p", "Entry:", "Targets:",
                        "Stop loss", "Leverage", "x", "10x", "3-5x", "#BTC", "$ETH", "/USDT", "EURUSD", "Gold",
                        "now", "limit", "buy stop", "@", ":", "-", "_", ",", ".", "%", "pips", "k", "✅", "🚀",
                        "\n", " ", "(", ")", "1)", "1st", "close", "half", "move", "to", "be", "hit", "cancel"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789.,- ").ofMaxLength(15),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
