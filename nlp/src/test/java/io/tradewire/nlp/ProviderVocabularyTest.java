package io.tradewire.nlp;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderVocabularyTest {
    static final SignalParser BASE = Parsers.standard();

    @Test
    void aProvidersAliasAndIgnoreWordChangeTheReadingOnlyForItsParser() {
        SignalParser mine = BASE.withVocabulary(new ProviderVocabulary(Map.of("goldie", "xauusd"), Set.of("SIGNALZ")));

        assertThat(((Signal.Open) mine.parse("GOLDIE buy 2300 SL 2290 TP 2320")).symbol()).isEqualTo("XAUUSD");
        assertThat(((Signal.Open) BASE.parse("GOLDIE buy 2300 SL 2290 TP 2320")).symbol()).isEqualTo("GOLDIE");
        assertThat(BASE.parse("SIGNALZ long 1.0850 SL 1.0800 TP 1.0900")).isInstanceOf(Signal.Open.class);
        assertThat(mine.parse("SIGNALZ long 1.0850 SL 1.0800 TP 1.0900")).isInstanceOf(Signal.None.class);
    }

    @Test
    void wordsAndSymbolsAreCheckedAndNormalised() {
        var v = new ProviderVocabulary(Map.of(" yen ", "usdjpy"), Set.of("alpha"));
        assertThat(v.aliases()).containsEntry("YEN", "USDJPY");
        assertThat(v.ignoreWords()).containsExactly("ALPHA");
        assertThatThrownBy(() -> new ProviderVocabulary(Map.of("YEN", "USD/JPY"), Set.of()))
                .hasMessage("aliases: 'YEN' maps to 'USD/JPY', which is not a symbol like XAUUSD or BTCUSDT");
        assertThatThrownBy(() -> new ProviderVocabulary(Map.of(), Set.of("two words")))
                .hasMessage("ignore_words: 'two words' is not a word (1 to 20 letters or digits)");
    }
}
