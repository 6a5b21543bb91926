package io.tradewire.config.runtime;

import io.micronaut.context.annotation.Factory;
import io.tradewire.nlp.SignalParser;
import io.tradewire.nlp.Parsers;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Beans from modules that know nothing of Micronaut. */
@Factory
class Factories {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    SignalParser signalParser() {
        return Parsers.standard();
    }
}
