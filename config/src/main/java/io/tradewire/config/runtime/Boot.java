package io.tradewire.config.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.tradewire.config.db.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Tradewire: the database (an external one when {@code DATASOURCES_DEFAULT_URL} is set,
 * else the embedded one under the data folder), the API key, then the Micronaut context, with
 * or without the HTTP server. Closing stops them in reverse.
 */
public final class Boot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Boot.class);
    public static final String DATABASE_URL_ENV = "DATASOURCES_DEFAULT_URL";
    public static final String PG_PORT_ENV = "TRADEWIRE_PG_PORT";

    private final ApplicationContext context;
    private final EmbeddedDatabase database;

    private Boot(ApplicationContext context, EmbeddedDatabase database) {
        this.context = context;
        this.database = database;
    }

    public static Boot start(Path dataDir, boolean server, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        EmbeddedDatabase database = null;
        if (Env.get(DATABASE_URL_ENV) == null) {
            String port = Env.get(PG_PORT_ENV);
            database = EmbeddedDatabase.start(dataDir.resolve("pg"), port == null ? 0 : Integer.parseInt(port));
            props.put("datasources.default.url", database.jdbcUrl("tradewire"));
            props.put("datasources.default.username", "postgres");
            props.put("datasources.default.password", "");
            LOG.info("embedded PostgreSQL on port {} with data in {}", database.port(), dataDir.resolve("pg"));
        } else {
            props.put("datasources.default.url", Env.get(DATABASE_URL_ENV));
            for (String setting : new String[] {"username", "password"}) {
                String value = Env.get("DATASOURCES_DEFAULT_" + setting.toUpperCase());
                if (value != null) {
                    props.put("datasources.default." + setting, value);
                }
            }
        }
        props.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JwtSecret.resolve(dataDir));
        props.put("tradewire.keys.master-key", MasterKeyFile.resolve(dataDir).key().base64());
        props.putAll(extra);
        try {
            ApplicationContext context = server
                    ? Micronaut.build(new String[0]).deduceEnvironment(false).banner(false).properties(props).start()
                    : ApplicationContext.builder().deduceEnvironment(false).properties(props).start();
            return new Boot(context, database);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    public ApplicationContext context() {
        return context;
    }

    /**
     * For a JVM shutdown hook beside Micronaut's own (which stops the server and the context):
     * waits for that to finish, then stops the database. Closing the context here as well would
     * deadlock with Micronaut's hook.
     */
    public void closeAfterMicronautStops(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
    }

    @Override
    public void close() {
        if (context.isRunning()) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
