package io.tradewire.config.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 key for API tokens: {@code TRADEWIRE_JWT_SECRET} when set (at least 32 bytes),
 * otherwise generated once and kept in the data folder, readable by its owner only.
 */
public final class JwtSecret {
    public static final String ENV = "TRADEWIRE_JWT_SECRET";
    static final int MIN_BYTES = 32;

    private JwtSecret() {
    }

    public static String resolve(Path dataDir) {
        String configured = Env.get(ENV);
        if (configured != null) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new IllegalArgumentException(ENV + " must be at least " + MIN_BYTES
                        + " bytes long for HS256; generate one with: openssl rand -base64 48");
            }
            return configured;
        }
        Path file = dataDir.resolve("jwt-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create " + file, e);
        }
    }
}
