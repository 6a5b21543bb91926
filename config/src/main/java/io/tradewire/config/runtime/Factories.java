package io.tradewire.config.runtime;

import io.micronaut.context.annotation.Context;
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

    /** Built at start-up (rules and vocabulary load in a few hundred ms), not on the first post. */
    @Context
    SignalParser signalParser() {
        return Parsers.standard();
    }
}
