package io.tradewire.bench;

import io.tradewire.nlp.Parsers;
import io.tradewire.nlp.SignalParser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One thread's production parser ({@link Parsers#standard()}) and the corpus messages, handed
 * out one after another in file order, wrapping round at the end.
 */
@State(Scope.Thread)
public class ParserState {
    SignalParser parser;
    List<String> messages;
    int index;

    @Setup
    public void setUp() {
        parser = Parsers.standard();
        messages = Corpus.messages();
        index = 0;
        System.err.println("[bench] parser: " + describe(parser) + ", corpus: "
                + messages.size() + " messages");
    }

    /** The next corpus message. */
    String next() {
        String text = messages.get(index);
        index = index + 1 == messages.size() ? 0 : index + 1;
        return text;
    }

    /**
     * The parser's class and, following any field of type SignalParser, the classes it wraps,
     * e.g. "io.tradewire.nlp.ValidatingParser(io.tradewire.nlp.corenlp.CoreNlpSignalParser)".
     */
    static String describe(SignalParser parser) {
        StringBuilder s = new StringBuilder(parser.getClass().getName());
        for (Class<?> c = parser.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (SignalParser.class.isAssignableFrom(f.getType())
                        && !Modifier.isStatic(f.getModifiers())) {
                    try {
                        f.setAccessible(true);
                        Object inner = f.get(parser);
                        if (inner instanceof SignalParser p) {
                            s.append('(').append(describe(p)).append(')');
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        s.append("(?)");
                    }
                }
            }
        }
        return s.toString();
    }
}
