package io.tradewire.config;

import io.tradewire.config.runtime.Boot;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the service finds its database: external when DATASOURCES_DEFAULT_URL is set, else embedded and kept. */
class BootTest {
    static final Map<String, Object> QUIET = Map.of("tradewire.pipeline.recovery.enabled", "false");

    @TempDir
    Path dataDir;

    @AfterEach
    void clear() {
        System.clearProperty(Boot.DATABASE_URL_ENV);
        System.clearProperty("DATASOURCES_DEFAULT_USERNAME");
    }

    @Test
    void anExternalDatabaseIsUsedWhenItsUrlIsSetAndNoEmbeddedOneStarts() throws Exception {
        String url = TestDatabases.freshUrl();
        System.setProperty(Boot.DATABASE_URL_ENV, url);
        System.setProperty("DATASOURCES_DEFAULT_USERNAME", "postgres");

        try (Boot boot = Boot.start(dataDir, false, QUIET)) {
            boot.context().getBean(Setup.class).addProvider("test", Source.DISCORD, "42", "External");
        }

        assertThat(dataDir.resolve("pg")).doesNotExist();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from providers where channel = '42'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("External");
        }
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseLivesInTheDataFolderAndKeepsItsData() throws Exception {
        try (Boot boot = Boot.start(dataDir, false, QUIET)) {
            boot.context().getBean(Setup.class).addProvider("test", Source.TELEGRAM, "@kept", "Kept");
        }
        assertThat(Files.readString(dataDir.resolve("pg/PG_VERSION")).trim()).isEqualTo("17");
        assertThat(dataDir.resolve("jwt-secret")).exists();

        try (Boot boot = Boot.start(dataDir, false, QUIET)) {
            assertThat(boot.context().getBean(ProviderRepository.class)
                    .findBySourceAndChannel(Source.TELEGRAM, "@kept")).isPresent();
        }
    }
}
