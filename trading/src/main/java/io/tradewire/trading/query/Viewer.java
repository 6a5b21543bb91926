package io.tradewire.trading.query;

/** Who is asking: decides what a query may show. */
public sealed interface Viewer {
    record Admin(String name) implements Viewer {
    }

    record User(String subscriberName) implements Viewer {
    }
}
