package io.tradewire.config;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code serve} in its own JVM, as a user starts it: a fresh data folder (its own embedded
 * PostgreSQL), a free HTTP port, output into {@code serve.log} there, and only the given
 * environment variables on top.
 */
public final class ServeProcess {
    private ServeProcess() {
    }

    public static Process start(Path dataDir, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.tradewire.config.Main", "serve")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("serve.log").toFile());
        pb.environment().put("TRADEWIRE_DATA_DIR", dataDir.toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(freePort()));
        pb.environment().remove("DATASOURCES_DEFAULT_URL");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
