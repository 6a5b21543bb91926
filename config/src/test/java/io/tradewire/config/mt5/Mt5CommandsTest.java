package io.tradewire.config.mt5;

import io.tradewire.config.cli.Mt5DemoCommand;
import io.tradewire.config.cli.Mt5StandInCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code demo --venue mt5} end to end, and the stand-in command's refusals of bad options. */
class Mt5CommandsTest {

    @Test
    void theMt5DemoFillsAForexAndAGoldSignalThroughTheBridge() {
        var bytes = new ByteArrayOutputStream();
        int code = new Mt5DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(out).isZero();
        assertThat(out).containsPattern("order +buy 40000 EURUSD = 0.4 lots -> filled @ 1.08510, MT5 ticket \\d+");
        assertThat(out).containsPattern("order +sell 20 XAUUSD = 0.2 lots -> filled @ 2650.00, MT5 ticket \\d+");
        assertThat(out).contains("terminal: open EURUSD -> filled").contains("terminal: open XAUUSD -> filled");
        assertThat(out).contains("2 MT5 deals");
    }

    @Test
    void theStandInRefusesBadOptionsByName() {
        assertThat(refusal(List.of("--token", "twl_x"))).contains("--connect must be tcp://HOST:PORT");
        assertThat(refusal(List.of("--connect", "tcp://127.0.0.1:5556", "--token", "abc")))
                .contains("--token must be the account's link token (it starts with twl_)");
        assertThat(refusal(List.of("--connect", "tcp://127.0.0.1:5556", "--token", "twl_x", "--mode", "both")))
                .contains("--mode must be hedging or netting, got 'both'");
        assertThat(refusal(List.of("--connect", "tcp://127.0.0.1:5556", "--token", "twl_x", "--balance", "lots")))
                .contains("--balance must be a decimal");
        assertThat(refusal(List.of("--connect", "tcp://127.0.0.1:5556", "--token", "twl_x", "--server-key", "short")))
                .contains("--server-key must be the server's 40-character Z85 CURVE public key");
        assertThat(refusal(List.of("--port", "1"))).contains("unknown option '--port'");
    }

    private static String refusal(List<String> args) {
        var err = new ByteArrayOutputStream();
        int code = new Mt5StandInCommand(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }
}
