package io.tradewire.config.cli;

import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.Env;
import io.tradewire.config.runtime.MasterKeyFile;
import io.tradewire.trading.venue.keys.KeyRotation;
import io.tradewire.trading.venue.keys.MasterKey;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code keys rotate-master}: re-seals every stored exchange key under a new master key, in one
 * transaction. The new key is {@code TRADEWIRE_NEW_MASTER_KEY}, or generated when the current
 * one lives in the data folder; the data folder's key file is replaced only after the database
 * has committed (the new key waits in {@code master-key.new} meanwhile). No key is ever printed.
 * Stop the service first: the command opens the same database.
 */
public final class KeysCommand {
    public static final String NEW_KEY_ENV = "TRADEWIRE_NEW_MASTER_KEY";
    static final String USAGE = "usage: keys rotate-master   (new key from " + NEW_KEY_ENV
            + ", or generated when the current key is the data folder's)";

    private final PrintStream out;
    private final PrintStream err;

    public KeysCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args, Path dataDir) {
        if (args.size() != 1 || !args.get(0).equals("rotate-master")) {
            err.println("keys: the only subcommand is 'rotate-master'\n" + USAGE);
            return 2;
        }
        MasterKeyFile.Resolved current;
        MasterKey next;
        try {
            current = MasterKeyFile.resolve(dataDir);
            next = newKey(current);
        } catch (IllegalArgumentException e) {
            err.println("keys: " + e.getMessage());
            return 2;
        }
        Path pending = current.file().resolveSibling("master-key.new");
        if (!current.fromEnvironment()) {
            MasterKeyFile.write(pending, next.base64());
        }
        KeyRotation.Result result;
        try (Boot boot = Boot.start(dataDir, false, Map.of("tradewire.keys.master-key", current.key().base64(),
                "tradewire.pipeline.recovery.enabled", "false", "tradewire.execution.poller.enabled", "false"))) {
            result = boot.context().getBean(KeyRotation.class).rotate(current.key(), next);
        } catch (RuntimeException e) {
            deleteQuietly(pending);
            err.println("keys: nothing was changed: " + e.getMessage());
            return 1;
        }
        out.println("re-sealed " + result.resealed() + " stored exchange keys under master key " + next.id()
                + " (was " + current.key().id() + "); " + result.alreadyNew() + " were already under it");
        if (current.fromEnvironment()) {
            out.println("now set " + MasterKeyFile.ENV + " to the value of " + NEW_KEY_ENV
                    + " before the service starts again");
            return 0;
        }
        try {
            Files.move(pending, current.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("keys: the database is re-sealed, but " + current.file() + " could not be replaced: move "
                    + pending + " over it by hand before the service starts (" + e.getMessage() + ")");
            return 1;
        }
        out.println("the new master key is in " + current.file());
        return 0;
    }

    private static MasterKey newKey(MasterKeyFile.Resolved current) {
        String given = Env.get(NEW_KEY_ENV);
        if (given != null) {
            return MasterKey.parse(given, NEW_KEY_ENV);
        }
        if (current.fromEnvironment()) {
            throw new IllegalArgumentException("the current key comes from " + MasterKeyFile.ENV + ": set "
                    + NEW_KEY_ENV + " to the new key (openssl rand -base64 32), then set " + MasterKeyFile.ENV
                    + " to it after the rotation");
        }
        byte[] bytes = new byte[MasterKey.BYTES];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.parse(Base64.getEncoder().encodeToString(bytes), "a generated key");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale master-key.new is harmless: the next rotation overwrites it
        }
    }
}
