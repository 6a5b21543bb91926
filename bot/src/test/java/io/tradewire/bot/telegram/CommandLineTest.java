package io.tradewire.bot.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands as Telegram users type them, in private chats and in groups with several bots. */
class CommandLineTest {
    @Test
    void aCommandItsWordsAndTheRestAsTyped() {
        CommandLine c = CommandLine.parse("/KillSwitch on  exchange   outage", "tw_bot").orElseThrow();
        assertThat(c.name()).isEqualTo("killswitch");
        assertThat(c.args()).containsExactly("on", "exchange", "outage");
        assertThat(c.rest()).isEqualTo("on  exchange   outage");
        assertThat(c.tail()).containsExactly("exchange", "outage");
        assertThat(c.addressed()).isFalse();
    }

    @Test
    void aCommandForThisBotCountsOneForAnotherBotDoesNot() {
        assertThat(CommandLine.parse("/panic@TW_Bot", "tw_bot")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("panic");
            assertThat(c.args()).isEmpty();
            assertThat(c.addressed()).isTrue();
        });
        assertThat(CommandLine.parse("/panic@other_bot", "tw_bot")).isEmpty();
        assertThat(CommandLine.parse("BUY BTC/USDT 42000", "tw_bot")).isEmpty();
        assertThat(CommandLine.parse("/", "tw_bot")).isEmpty();
        assertThat(CommandLine.parse("/risk\nmax_open=3", "tw_bot").orElseThrow().args())
                .isEqualTo(List.of("max_open=3"));
    }
}
