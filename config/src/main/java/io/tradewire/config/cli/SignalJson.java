package io.tradewire.config.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Signal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes a {@link Signal} in the {@code parse} command's stable format. */
final class SignalJson {
    private SignalJson() {
    }

    static void write(JsonGenerator g, Signal signal) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", signal.kind());
        switch (signal) {
            case Signal.Open o -> {
                g.writeStringField("symbol", o.symbol());
                g.writeStringField("side", o.side().wire());
                g.writeStringField("order_type", o.orderType() == null ? null : o.orderType().wire());
                number(g, "entry", o.entry());
                number(g, "entry_low", o.entryLow());
                number(g, "entry_high", o.entryHigh());
                number(g, "stop_loss", o.stopLoss());
                g.writeArrayFieldStart("take_profits");
                for (BigDecimal tp : o.takeProfits()) {
                    g.writeNumber(tp);
                }
                g.writeEndArray();
                if (o.leverage() == null) {
                    g.writeNullField("leverage");
                } else {
                    g.writeNumberField("leverage", o.leverage());
                }
            }
            case Signal.Update u -> {
                g.writeStringField("action", u.action().wire());
                g.writeStringField("symbol", u.symbol());
                number(g, "fraction", u.fraction());
                if (u.newStop() == null) {
                    g.writeNullField("new_sl");
                } else if (u.newStop().breakeven()) {
                    g.writeStringField("new_sl", "breakeven");
                } else {
                    number(g, "new_sl", u.newStop().price());
                }
                if (u.tp() == null) {
                    g.writeNullField("tp");
                } else {
                    g.writeNumberField("tp", u.tp());
                }
            }
            case Signal.None n -> g.writeStringField("reason", n.reason());
        }
        g.writeEndObject();
    }

    /**
     * {@code "evidence": [{"field", "start", "end", "text", "inferred"}, ...]}: why each field was
     * read; before it {@code "problem"} when the reading was flagged as untradable.
     */
    static void writeEvidence(JsonGenerator g, Signal signal) throws IOException {
        List<Evidence> evidence = switch (signal) {
            case Signal.Open o -> o.evidence();
            case Signal.Update u -> u.evidence();
            case Signal.None n -> List.of();
        };
        if (signal instanceof Signal.Open o && o.isFlagged()) {
            g.writeStringField("problem", o.problem());
        }
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("field", e.field().wire());
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeStringField("text", e.span().text());
            g.writeBooleanField("inferred", e.inferred());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
