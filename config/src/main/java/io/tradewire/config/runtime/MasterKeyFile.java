package io.tradewire.config.runtime;

import io.tradewire.trading.venue.keys.MasterKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key that seals exchange API keys: {@code TRADEWIRE_MASTER_KEY} (base64, 32 bytes)
 * when set, otherwise generated once into {@code master-key} in the data folder, readable by its
 * owner only. Losing it makes every stored exchange key unreadable: back the data folder up.
 */
public final class MasterKeyFile {
    public static final String ENV = "TRADEWIRE_MASTER_KEY";
    static final String FILE = "master-key";

    private MasterKeyFile() {
    }

    /** Where the key came from, so a rotation knows whether it can write the new one itself. */
    public record Resolved(MasterKey key, boolean fromEnvironment, Path file) {
    }

    public static Resolved resolve(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        String configured = Env.get(ENV);
        if (configured != null) {
            return new Resolved(MasterKey.parse(configured, ENV), true, file);
        }
        try {
            if (Files.exists(file)) {
                return new Resolved(MasterKey.parse(Files.readString(file).trim(), file.toString()), false, file);
            }
            byte[] bytes = new byte[MasterKey.BYTES];
            new SecureRandom().nextBytes(bytes);
            write(file, Base64.getEncoder().encodeToString(bytes));
            return new Resolved(MasterKey.of(bytes), false, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create " + file, e);
        }
    }

    /** Replaces the key file atomically, owner-only from the first byte on. */
    public static void write(Path file, String base64) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "master-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, base64);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
