package io.tradewire.bot.discord;

import io.tradewire.bot.reply.KeyText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The key form's custom id round trip, and the shared key detection as Discord uses it. */
class KeyFormTest {
    @Test
    void theFormsIdCarriesTheExchangeAndLabelAndNothingElse() {
        assertThat(KeyForm.parse(KeyForm.id("binance", "main"))).contains(new KeyForm.Target("binance", "main"));
        assertThat(KeyForm.parse(KeyForm.id("kraken", null))).contains(new KeyForm.Target("kraken", null));
        assertThat(KeyForm.id("binance", "main")).hasSizeLessThanOrEqualTo(100);
        assertThat(KeyForm.of("binance", "main").getId()).isEqualTo("lx:binance:main");
        // OKX, KuCoin and Coinbase keys have a passphrase: their form asks for it, Binance's does not
        assertThat(KeyForm.of("okx", null).getComponents()).hasSize(3);
        assertThat(KeyForm.of("binance", null).getComponents()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c:abc", "lx:", "lx:Binance!:x", "lx:binance:UPPER CASE", "lx:b:x"})
    void idsThatAreNotOursAreRefused(String id) {
        assertThat(KeyForm.parse(id)).isEmpty();
    }

    @Test
    void keysInAChannelMessageAreRecognisedAndSignalsAreNot() {
        assertThat(KeyText.looksLikeKeys("api key vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"))
                .isTrue();
        assertThat(KeyText.looksLikeKeys("<@123456789012345678> BUY BTC/USDT now at 42000 SL 41000")).isFalse();
        assertThat(KeyText.looksLikeKeys("close half <#987654321098765432>")).isFalse();
    }
}
