package io.tradewire.config.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.tradewire.nlp.SignalParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * {@code parse}: JSON Lines in ({@code {"id": ..., "text": ...}}), one line out per line in,
 * in order ({@code {"id": ..., "signal": {...}}}). A bad line gets {@code {"id": ..., "error": ...}}
 * on its own line; nothing stops the stream. No database, no server: just the parser.
 */
public final class ParseCommand {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final SignalParser parser;
    private final boolean explain;

    public ParseCommand(SignalParser parser) {
        this(parser, false);
    }

    public ParseCommand(SignalParser parser, boolean explain) {
        this.parser = parser;
        this.explain = explain;
    }

    /** The command for its arguments ({@code --explain} or none); empty after printing why not. */
    public static java.util.Optional<ParseCommand> fromArgs(SignalParser parser, java.util.List<String> args,
                                                            java.io.PrintStream err) {
        if (args.isEmpty()) {
            return java.util.Optional.of(new ParseCommand(parser, false));
        }
        if (args.equals(java.util.List.of("--explain"))) {
            return java.util.Optional.of(new ParseCommand(parser, true));
        }
        err.println("parse: unknown arguments " + args + "; usage: parse [--explain]");
        return java.util.Optional.empty();
    }

    public int run(InputStream in, OutputStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.write(answer(line));
                writer.write('\n');
                writer.flush();
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output line for one input line. */
    String answer(String line) {
        Request request;
        try {
            request = read(line);
        } catch (BadLine | IOException e) {
            Object id = e instanceof BadLine b ? b.id : null;
            return render(id, g -> g.writeStringField("error", message(e)));
        }
        return render(request.id, g -> {
            var signal = parser.parse(request.text);
            g.writeFieldName("signal");
            SignalJson.write(g, signal);
            if (explain) {
                SignalJson.writeEvidence(g, signal);
            }
        });
    }

    private static String message(Exception e) {
        if (e instanceof BadLine) {
            return e.getMessage();
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        int cut = m.indexOf('\n');
        return "malformed JSON: " + (cut > 0 ? m.substring(0, cut) : m);
    }

    private static Request read(String line) throws IOException, BadLine {
        if (line.isBlank()) {
            throw new BadLine(null, "empty line: expected {\"id\": ..., \"text\": ...}");
        }
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLine(null, "expected a JSON object {\"id\": ..., \"text\": ...}");
            }
            Object id = null;
            boolean hasId = false;
            String text = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> {
                        hasId = true;
                        id = scalar(p, value);
                    }
                    case "text" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new BadLine(id, "\"text\" must be a string");
                        }
                        text = p.getText();
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new BadLine(id, "unexpected content after the JSON object");
            }
            if (!hasId) {
                throw new BadLine(null, "missing \"id\"");
            }
            if (text == null) {
                throw new BadLine(id, "missing \"text\"");
            }
            return new Request(id, text);
        }
    }

    private static Object scalar(JsonParser p, JsonToken value) throws IOException, BadLine {
        return switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_NULL -> null;
            default -> throw new BadLine(null, "\"id\" must be a string or a number");
        };
    }

    private static String render(Object id, Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeFieldName("id");
            switch (id) {
                case null -> g.writeNull();
                case String s -> g.writeString(s);
                case java.math.BigInteger i -> g.writeNumber(i);
                case BigDecimal d -> g.writeNumber(d);
                default -> g.writeString(id.toString());
            }
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private record Request(Object id, String text) {
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final class BadLine extends Exception {
        final Object id;

        BadLine(Object id, String message) {
            super(message);
            this.id = id;
        }
    }
}
