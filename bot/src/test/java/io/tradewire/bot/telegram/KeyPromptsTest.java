package io.tradewire.bot.telegram;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A question for keys is answered once, lasts ten minutes, and is dropped on request. */
class KeyPromptsTest {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        KeyPrompts prompts = new KeyPrompts(new Moving());
        prompts.ask("42", "binance");
        assertThat(prompts.take("42")).map(KeyPrompts.Pending::exchange).contains("binance");
        assertThat(prompts.take("42")).isEmpty();
        assertThat(prompts.take("43")).isEmpty();
    }

    @Test
    void aQuestionRunsOutAfterTenMinutes() {
        Moving clock = new Moving();
        KeyPrompts prompts = new KeyPrompts(clock);
        prompts.ask("42", "kraken");
        clock.now = T0.plus(KeyPrompts.TTL);
        assertThat(prompts.take("42")).isPresent();

        prompts.ask("42", "kraken");
        clock.now = clock.now.plus(KeyPrompts.TTL).plus(Duration.ofSeconds(1));
        assertThat(prompts.take("42")).isEmpty();
    }

    @Test
    void aDroppedQuestionIsGone() {
        KeyPrompts prompts = new KeyPrompts(new Moving());
        prompts.ask("42", "okx");
        prompts.drop("42");
        assertThat(prompts.take("42")).isEmpty();
    }
}
