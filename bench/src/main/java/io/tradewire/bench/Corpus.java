package io.tradewire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: the {@code text} of every line of {@code /public-signals.jsonl} (a copy of
 * nlp's test corpus). Touches no parser class, so the start-up benchmark's setup loads none.
 */
final class Corpus {
    static final String RESOURCE = "/public-signals.jsonl";

    private Corpus() {
    }

    /** The messages in file order; never empty. */
    static List<String> messages() {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode text = json.readTree(line).get("text");
                if (text != null && text.isTextual()) {
                    out.add(text.asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no messages");
        }
        return List.copyOf(out);
    }
}
