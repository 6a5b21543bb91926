package io.tradewire.bot.telegram;

import io.tradewire.bot.MovingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A question for keys is answered once, lasts ten minutes, and is dropped on request. */
class KeyPromptsTest {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aQuestionIsAnsweredOnce() {
        KeyPrompts prompts = new KeyPrompts(new MovingClock(T0));
        prompts.ask("42", "binance");
        assertThat(prompts.take("42")).map(KeyPrompts.Pending::exchange).contains("binance");
        assertThat(prompts.take("42")).isEmpty();
        assertThat(prompts.take("43")).isEmpty();
    }

    @Test
    void aQuestionRunsOutAfterTenMinutes() {
        MovingClock clock = new MovingClock(T0);
        KeyPrompts prompts = new KeyPrompts(clock);
        prompts.ask("42", "kraken");
        clock.set(T0.plus(KeyPrompts.TTL));
        assertThat(prompts.take("42")).isPresent();

        prompts.ask("42", "kraken");
        clock.advance(KeyPrompts.TTL.plus(Duration.ofSeconds(1)));
        assertThat(prompts.take("42")).isEmpty();
    }

    @Test
    void aDroppedQuestionIsGone() {
        KeyPrompts prompts = new KeyPrompts(new MovingClock(T0));
        prompts.ask("42", "okx");
        prompts.drop("42");
        assertThat(prompts.take("42")).isEmpty();
    }
}
