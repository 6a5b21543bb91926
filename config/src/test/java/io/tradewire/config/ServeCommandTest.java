package io.tradewire.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `serve` as a user runs it: a separate JVM, healthy over HTTP, and gone cleanly on SIGTERM. */
class ServeCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void servesHealthAndStopsItsDatabaseOnSigterm() throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.tradewire.config.Main", "serve")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("serve.log").toFile());
        pb.environment().put("TRADEWIRE_DATA_DIR", dataDir.toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        pb.environment().remove("DATASOURCES_DEFAULT_URL");
        Process serve = pb.start();
        try {
            String health = awaitHealth(port, serve);
            assertThat(health).isEqualTo("{\"status\":\"UP\"}");
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());

            serve.destroy(); // SIGTERM, as a service manager stops it

            assertThat(serve.waitFor(40, TimeUnit.SECONDS)).as(log()).isTrue();
            // PostgreSQL removes its pid file only on a clean shutdown
            assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
            // the exited server may linger a moment as a zombie until init reaps it
            ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
            assertThat(log()).contains("Tradewire serving on");
        } finally {
            serve.destroyForcibly();
        }
    }

    private String awaitHealth(int port, Process serve) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new AssertionError("serve exited early:\n" + log());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve was not healthy within 60 s:\n" + log());
    }

    private String log() {
        try {
            return Files.readString(dataDir.resolve("serve.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
