package io.tradewire.config.runtime;

/**
 * Reads a setting from the environment, or from the system property of the same name
 * (tests and the demo set those, since a JVM cannot change its own environment).
 */
public final class Env {
    private Env() {
    }

    public static String get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
