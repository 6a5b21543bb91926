package io.tradewire.config;

import io.tradewire.config.cli.DemoCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The newcomer's first run: it must show real fills, refusals and follow-ups, and exit 0. */
class DemoCommandTest {
    @Test
    void theDemoPlacesAndFillsPaperOrdersAndExplainsRefusals() {
        var bytes = new ByteArrayOutputStream();
        int code = new DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(out).isZero();
        assertThat(out).contains("parsed   buy BTCUSDT entry 42000-42500, stop 41000, targets 43000 / 44000, 10x");
        assertThat(out).containsPattern("alice +ordered +buy 0.08 BTCUSDT");
        assertThat(out).containsPattern("order #\\d+ buy 0.08 BTCUSDT market -> filled @ 42250");
        assertThat(out).contains("not a signal");
        assertThat(out).containsPattern("alice +refused +the signal has no stop loss");
        assertThat(out).contains("follow-up close_partial BTCUSDT fraction 0.5");
        // the ticker at 43100 filled alice's resting tp-1 (half at 43000); "close half" closes half of the rest
        assertThat(out).containsPattern("sell 0.04 BTCUSDT limit 43000 -> placed  \\[tp-1\\]");
        assertThat(out).containsPattern("sell 0.02 BTCUSDT market -> filled @ 43100");
        assertThat(out).contains("stop moved to breakeven 42250");
        assertThat(out).contains("recognised as a duplicate");
        assertThat(out).containsPattern("\\n\\d+ paper orders placed and filled");
    }
}
