package io.tradewire.config;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tradewire.config.cli.BenchCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `bench fanout` as a user runs it: its own embedded database, a JSON line at the end, clear usage errors. */
class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BenchCommand bench = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void fansOneSignalOutAndEndsWithTheTimingsAsJson() throws IOException {
        int code = bench.run(List.of("fanout", "--followers", "30", "--venue-latency-ms", "40"));

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = JsonMapper.createDefault().readValue(lines[lines.length - 1], JsonNode.class);
        assertThat(json.get("followers").getIntValue()).isEqualTo(30);
        assertThat(json.get("venue_latency_ms").getIntValue()).isEqualTo(40);
        assertThat(json.get("orders_sent").getIntValue()).isEqualTo(30);
        assertThat(json.get("duplicates").getIntValue()).isZero();
        double first = json.get("first_order_ms").getDoubleValue();
        double last = json.get("last_order_ms").getDoubleValue();
        // no order can be on the venue sooner than the venue's own latency after the commit
        assertThat(first).isGreaterThanOrEqualTo(40.0);
        assertThat(json.get("p50_order_ms").getDoubleValue()).isBetween(first, last);
        assertThat(json.get("p99_order_ms").getDoubleValue()).isBetween(first, last);
        assertThat(json.get("decisions_ms").getDoubleValue()).isPositive();
        assertThat(lines[lines.length - 2]).startsWith("fan-out of one signal to 30 followers, venue latency 40 ms");
    }

    @Test
    void runsTheSameFanOutThroughXChangeAgainstTheLocalExchange() throws IOException {
        int code = bench.run(List.of("fanout", "--followers", "20", "--venue-latency-ms", "30", "--venue", "xchange"));

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = JsonMapper.createDefault().readValue(lines[lines.length - 1], JsonNode.class);
        assertThat(json.get("followers").getIntValue()).isEqualTo(20);
        assertThat(json.get("orders_sent").getIntValue()).as("every order reached the local exchange's book")
                .isEqualTo(20);
        assertThat(json.get("duplicates").getIntValue()).isZero();
        // the exchange answers after 30 ms, so no order can be booked sooner
        assertThat(json.get("first_order_ms").getDoubleValue()).isGreaterThanOrEqualTo(30.0);
    }

    @Test
    void saysWhatIsWrongWithItsArguments() {
        assertThat(bench.run(List.of("fanout", "--venue-latency-ms", "50"))).isEqualTo(2);
        assertThat(bench.run(List.of("fanout", "--followers", "ten", "--venue-latency-ms", "50"))).isEqualTo(2);
        assertThat(bench.run(List.of("fanout", "--followers", "0", "--venue-latency-ms", "50"))).isEqualTo(2);
        assertThat(bench.run(List.of("fanout", "--followers", "5", "--venue-latency-ms", "50", "--speed", "max")))
                .isEqualTo(2);
        assertThat(bench.run(List.of("fanout", "--followers", "5", "--venue-latency-ms", "50", "--venue", "kraken")))
                .isEqualTo(2);
        assertThat(bench.run(List.of("orders"))).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("bench:")).toList())
                .containsExactly(
                        "bench: --followers is required",
                        "bench: --followers must be a whole number from 1 to 100000, got 'ten'",
                        "bench: --followers must be a whole number from 1 to 100000, got '0'",
                        "bench: unknown option --speed",
                        "bench: --venue kraken is not available; the venues are: sim, xchange",
                        "bench: the only benchmark is 'fanout'");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
