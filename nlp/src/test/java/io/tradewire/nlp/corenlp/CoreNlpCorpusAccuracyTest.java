package io.tradewire.nlp.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.nlp.Signal;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the labelled public corpus ({@code corpus/public-signals.jsonl}, see /work/shared/corpus/README.md),
 * compares each message's first signal with its {@code expected}, prints per-field and
 * whole-message accuracy, and fails when whole-message accuracy drops below the floor.
 */
class CoreNlpCorpusAccuracyTest {

    /** A few points below the measured accuracy, so a regression fails. */
    static final double WHOLE_MESSAGE_FLOOR = 0.96;

    private static final List<String> FIELDS = List.of(
            "kind", "symbol", "side", "entry", "stop_loss", "take_profits", "leverage", "action");

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    @Test
    void corpusAccuracy() throws IOException {
        List<JsonNode> rows = load();
        assertThat(rows).hasSize(226);
        Map<String, int[]> perField = new LinkedHashMap<>();
        FIELDS.forEach(f -> perField.put(f, new int[2]));
        int[] orderType = new int[2];
        int whole = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode row : rows) {
            JsonNode exp = row.get("expected");
            Signal got = parser.parse(row.get("text").asText());
            Map<String, Boolean> results = compare(exp, got);
            boolean all = true;
            for (Map.Entry<String, Boolean> r : results.entrySet()) {
                int[] c = perField.get(r.getKey());
                c[1]++;
                if (r.getValue()) {
                    c[0]++;
                } else {
                    all = false;
                }
            }
            if (exp.get("kind").asText().equals("open") && got instanceof Signal.Open o) {
                orderType[1]++;
                String want = text(exp, "order_type");
                String have = o.orderType() == null ? null : o.orderType().wire();
                orderType[0] += Objects.equals(want, have) ? 1 : 0;
            }
            if (all) {
                whole++;
            } else {
                failures.add(row.get("id").asText() + " " + results.entrySet().stream()
                        .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList() + " got " + got);
            }
        }
        StringBuilder report = new StringBuilder("\n=== CoreNlpSignalParser on public-signals.jsonl (" + rows.size()
                + " messages) ===\n");
        perField.forEach((f, c) -> report.append(String.format(Locale.ROOT, "%-13s %3d/%3d  %5.1f%%%n", f, c[0], c[1],
                100.0 * c[0] / c[1])));
        report.append(String.format(Locale.ROOT, "%-13s %3d/%3d  %5.1f%%  (not in whole-message score)%n",
                "order_type", orderType[0], orderType[1], 100.0 * orderType[0] / Math.max(1, orderType[1])));
        double accuracy = (double) whole / rows.size();
        report.append(String.format(Locale.ROOT, "%-13s %3d/%3d  %5.1f%%%n", "WHOLE MESSAGE", whole, rows.size(),
                100 * accuracy));
        report.append("--- wrong messages ---\n");
        failures.forEach(f -> report.append(f).append('\n'));
        System.out.println(report);
        assertThat(accuracy).as("whole-message accuracy").isGreaterThanOrEqualTo(WHOLE_MESSAGE_FLOOR);
    }

    /** Field -> right? Only the fields that apply to the expected kind. */
    static Map<String, Boolean> compare(JsonNode exp, Signal got) {
        Map<String, Boolean> r = new LinkedHashMap<>();
        String kind = exp.get("kind").asText();
        r.put("kind", kind.equals(got.kind()));
        switch (kind) {
            case "open" -> {
                Signal.Open o = got instanceof Signal.Open open ? open : null;
                String sym = text(exp, "symbol");
                r.put("symbol", o != null && sym != null && (o.symbol().equals(sym) || o.symbol().startsWith(sym))
                        || o == null && sym == null);
                r.put("side", o != null && o.side().wire().equals(text(exp, "side")));
                r.put("entry", o != null && same(exp.get("entry"), o.entry()) && same(exp.get("entry_low"), o.entryLow())
                        && same(exp.get("entry_high"), o.entryHigh()));
                r.put("stop_loss", o != null && same(exp.get("stop_loss"), o.stopLoss()));
                r.put("take_profits", o != null && sameList(exp.get("take_profits"), o.takeProfits()));
                r.put("leverage", o != null && Objects.equals(
                        exp.get("leverage") == null || exp.get("leverage").isNull() ? null : exp.get("leverage").asInt(),
                        o.leverage()));
            }
            case "update" -> r.put("action", got instanceof Signal.Update u && u.action().wire().equals(text(exp, "action")));
            default -> { }
        }
        return r;
    }

    private static boolean same(JsonNode expected, BigDecimal actual) {
        if (expected == null || expected.isNull()) {
            return actual == null;
        }
        return actual != null && expected.decimalValue().compareTo(actual) == 0;
    }

    private static boolean sameList(JsonNode expected, List<BigDecimal> actual) {
        int n = expected == null || expected.isNull() ? 0 : expected.size();
        if (n != actual.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!same(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<JsonNode> load() throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = CoreNlpCorpusAccuracyTest.class.getResourceAsStream("/corpus/public-signals.jsonl")) {
            assertThat(in).as("corpus resource").isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(mapper.readTree(line));
                }
            }
        }
        return rows;
    }
}
