package io.tradewire.config.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.DataDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** {@code serve}: the service until it is stopped. */
public final class ServeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private ServeCommand() {
    }

    public static void run() {
        Path dataDir = DataDir.resolve();
        Boot boot = Boot.start(dataDir, true, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> boot.closeAfterMicronautStops(Duration.ofSeconds(30)),
                "tradewire-shutdown"));
        EmbeddedServer server = boot.context().getBean(EmbeddedServer.class);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.info("Tradewire serving on {} (data in {}), started in {} ms", server.getURL(), dataDir, uptime);
    }
}
