package io.tradewire.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Latency of one message on one warm thread: each call parses the next corpus message with
 * {@code Parsers.standard()}; JMH samples the call times and prints the percentiles (p0.50,
 * p0.99, ...) in microseconds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParserLatencyBenchmark {

    @Benchmark
    public void parseOneMessage(ParserState state, Blackhole bh) {
        bh.consume(state.parser.parseAll(state.next()));
    }
}
