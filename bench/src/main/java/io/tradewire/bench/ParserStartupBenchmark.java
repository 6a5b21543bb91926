package io.tradewire.bench;

import io.tradewire.nlp.Parsers;
import io.tradewire.nlp.SignalParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost of the pipeline: {@code Parsers.standard()} plus the first parse, timed once in
 * each of 5 fresh JVMs, so loading the parser's classes and rule files is counted. The first
 * corpus message is read in setup (not timed); setup does not touch the parser classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ParserStartupBenchmark {

    @State(Scope.Thread)
    public static class FirstMessage {
        String text;

        @Setup
        public void setUp() {
            text = Corpus.messages().get(0);
        }
    }

    @Benchmark
    public Object buildAndParseFirst(FirstMessage first) {
        SignalParser parser = Parsers.standard();
        return parser.parseAll(first.text);
    }
}
