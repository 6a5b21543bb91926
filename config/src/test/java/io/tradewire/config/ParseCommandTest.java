package io.tradewire.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.config.cli.ParseCommand;
import io.tradewire.nlp.Parsers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parse command's line format, which other tools read. */
class ParseCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneLineOutPerLineInInOrderWithErrorsOnTheirOwnLine() throws Exception {
        String input = String.join("\n",
                "{\"id\": 1, \"text\": \"BTC/USDT LONG\\nEntry 42000-42500\\nTP1 43000\\nTP2 44000\\nSL 41000\\n10x\"}",
                "{\"id\": \"b\", \"text\": \"good morning all\"}",
                "{\"id\": 3, \"text\": ",
                "",
                "[1, 2]",
                "{\"text\": \"no id\"}",
                "{\"id\": 7}",
                "{\"id\": 8, \"text\": \"Close half of BTC\"}") + "\n";

        List<JsonNode> out = run(input);

        assertThat(out).hasSize(8);
        JsonNode open = out.get(0);
        assertThat(open.get("id").asInt()).isEqualTo(1);
        JsonNode s = open.get("signal");
        assertThat(s.get("kind").asText()).isEqualTo("open");
        assertThat(s.get("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(s.get("side").asText()).isEqualTo("buy");
        assertThat(s.get("entry").isNull()).isTrue();
        assertThat(s.get("entry_low").isNumber()).isTrue();
        assertThat(s.get("entry_low").decimalValue()).isEqualByComparingTo("42000");
        assertThat(s.get("entry_high").decimalValue()).isEqualByComparingTo("42500");
        assertThat(s.get("stop_loss").decimalValue()).isEqualByComparingTo("41000");
        assertThat(s.get("take_profits")).hasSize(2);
        assertThat(s.get("take_profits").get(1).decimalValue()).isEqualByComparingTo("44000");
        assertThat(s.get("leverage").asInt()).isEqualTo(10);
        assertThat(s.has("order_type")).isTrue();

        assertThat(out.get(1).get("id").asText()).isEqualTo("b");
        assertThat(out.get(1).get("signal").get("kind").asText()).isEqualTo("none");
        assertThat(out.get(1).get("signal").get("reason").asText()).isNotBlank();

        assertThat(out.get(2).get("error").asText()).startsWith("malformed JSON");
        assertThat(out.get(3).get("error").asText()).contains("empty line");
        assertThat(out.get(4).get("error").asText()).contains("expected a JSON object");
        assertThat(out.get(5).get("error").asText()).isEqualTo("missing \"id\"");
        assertThat(out.get(6).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(6).get("error").asText()).isEqualTo("missing \"text\"");

        JsonNode update = out.get(7).get("signal");
        assertThat(update.get("kind").asText()).isEqualTo("update");
        assertThat(update.get("action").asText()).isEqualTo("close_partial");
        assertThat(update.get("fraction").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(update.has("new_sl")).isTrue();
    }

    @Test
    void numbersAreWrittenAsPlainJsonNumbers() throws Exception {
        var out = new ByteArrayOutputStream();
        new ParseCommand(Parsers.standard()).run(new ByteArrayInputStream(
                "{\"id\": 1, \"text\": \"BTC/USDT long 42000 SL 41000 TP 50000\"}\n".getBytes(StandardCharsets.UTF_8)), out);
        String line = out.toString(StandardCharsets.UTF_8);

        assertThat(line).contains("\"stop_loss\":41000").contains("\"take_profits\":[50000]").doesNotContain("E+");
    }

    @Test
    void explainAddsTheSpanOfEachFieldWithoutChangingTheSignal() throws Exception {
        String text = "BTC/USDT LONG\nEntry 42000\nSL 41000\nTP1 43000\nTP2 44000";
        var out = new ByteArrayOutputStream();
        new ParseCommand(Parsers.standard(), true).run(new ByteArrayInputStream(
                JSON.writeValueAsBytes(java.util.Map.of("id", 1, "text", text))), out);
        JsonNode line = JSON.readTree(out.toString(StandardCharsets.UTF_8));

        assertThat(line.get("signal")).isEqualTo(run(JSON.writeValueAsString(
                java.util.Map.of("id", 1, "text", text)) + "\n").get(0).get("signal"));
        JsonNode stop = null;
        int targets = 0;
        for (JsonNode e : line.get("evidence")) {
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
            if (e.get("field").asText().equals("stop_loss")) {
                stop = e;
            }
            if (e.get("field").asText().equals("take_profit")) {
                targets++;
            }
        }
        assertThat(stop).isNotNull();
        assertThat(stop.get("text").asText()).isEqualTo("41000");
        assertThat(stop.get("start").asInt()).isEqualTo(text.indexOf("41000"));
        assertThat(targets).isEqualTo(2);
    }

    @Test
    void unknownArgumentsAreRefused() {
        var err = new ByteArrayOutputStream();
        assertThat(ParseCommand.fromArgs(Parsers.standard(), List.of("--colour"),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8))).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: parse [--explain]");
    }

    private static List<JsonNode> run(String input) throws Exception {
        var out = new ByteArrayOutputStream();
        int code = new ParseCommand(Parsers.standard())
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }
}
