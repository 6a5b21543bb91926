package io.tradewire.config;

import io.tradewire.config.runtime.JwtSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSecretTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void clear() {
        System.clearProperty(JwtSecret.ENV);
    }

    @Test
    void generatedOnceKeptOwnerOnlyAndReusedByTheNextStart() throws Exception {
        String first = JwtSecret.resolve(dataDir);
        String second = JwtSecret.resolve(dataDir);

        assertThat(first).isEqualTo(second).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredSecretWinsAndATooShortOneIsRefusedWithAdvice() {
        System.setProperty(JwtSecret.ENV, "x".repeat(40));
        assertThat(JwtSecret.resolve(dataDir)).isEqualTo("x".repeat(40));
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();

        System.setProperty(JwtSecret.ENV, "short");
        assertThatThrownBy(() -> JwtSecret.resolve(dataDir))
                .hasMessage("TRADEWIRE_JWT_SECRET must be at least 32 bytes long for HS256;"
                        + " generate one with: openssl rand -base64 48");
    }
}
