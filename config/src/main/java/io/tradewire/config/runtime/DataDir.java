package io.tradewire.config.runtime;

import java.nio.file.Path;

/** Where Tradewire keeps its state: {@code TRADEWIRE_DATA_DIR}, default {@code ./data}. */
public final class DataDir {
    public static final String ENV = "TRADEWIRE_DATA_DIR";

    private DataDir() {
    }

    public static Path resolve() {
        String configured = Env.get(ENV);
        return Path.of(configured == null ? "data" : configured).toAbsolutePath().normalize();
    }
}
