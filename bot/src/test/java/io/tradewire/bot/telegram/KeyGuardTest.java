package io.tradewire.bot.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as keys where they must not be, and what signals and chatter must never be taken for. */
class KeyGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "my key vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A secret "
                    + "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
            "api key: AbCdEf0123456789AbCdEf0123",
            "AKIAIOSFODNN7EXAMPLE1 wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"})
    void keysAreRecognised(String text) {
        assertThat(KeyGuard.looksLikeKeys(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000",
            "#BTCUSDT LONG 10x entry 42000-42500 targets 43000 44000 45000 stop 41000",
            "Binance Futures: 1000SHIBUSDT short, entry 0.008211, SL 0.008400",
            "check https://t.me/joinchat/SomeChannel for the secret sauce",
            "EURUSD sell 1.0850 SL 1.0900 TP 1.0800, risk 1% of the account"})
    void signalsAndChatterAreNot(String text) {
        assertThat(KeyGuard.looksLikeKeys(text)).isFalse();
    }

    @Test
    void aLinkWithKeysIsOneWithoutIsNot() {
        assertThat(KeyGuard.isKeyLink(CommandLine.parse("/link exchange binance k s", "b").orElseThrow())).isTrue();
        assertThat(KeyGuard.isKeyLink(CommandLine.parse("/link exchange binance", "b").orElseThrow())).isFalse();
        assertThat(KeyGuard.isKeyLink(CommandLine.parse("/link paper x 100 y", "b").orElseThrow())).isFalse();
    }
}
