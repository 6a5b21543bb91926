package io.tradewire.config.xchange;

import io.tradewire.config.cli.KeysCommand;
import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.TempDataDir;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.keys.ApiCredentials;
import io.tradewire.trading.venue.keys.KeyStore;
import io.tradewire.trading.venue.keys.KeyVault;
import io.tradewire.trading.venue.keys.KeyVaultException;
import io.tradewire.trading.venue.keys.MasterKey;
import io.tradewire.trading.venue.keys.StoredKeyRepository;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code keys rotate-master} on a real data folder: every stored key re-sealed, the old master key no longer opens them. */
class KeysCommandTest {
    static final ApiCredentials CREDS = new ApiCredentials("rotate-me-key-0001", "rotate-me-secret-0001", null);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final KeysCommand keys = new KeysCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void reSealsEveryStoredKeyUnderANewMasterKeyAndReplacesTheKeyFile() throws IOException {
        try (TempDataDir dir = new TempDataDir("tradewire-keys-")) {
            long account;
            try (Boot boot = Boot.start(dir.path(), false, Map.of())) {
                account = storeOneKey(boot);
            }
            var file = dir.path().resolve("master-key");
            MasterKey old = MasterKey.parse(Files.readString(file).trim(), "old");

            int code = keys.run(List.of("rotate-master"), dir.path());

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            MasterKey now = MasterKey.parse(Files.readString(file).trim(), "new");
            assertThat(now.id()).isNotEqualTo(old.id());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("re-sealed 1 stored exchange keys under master"
                    + " key " + now.id() + " (was " + old.id() + "); 0 were already under it")
                    .doesNotContain(now.base64(), old.base64());
            assertThat(Files.exists(dir.path().resolve("master-key.new"))).isFalse();
            try (Boot boot = Boot.start(dir.path(), false, Map.of())) {
                assertThat(boot.context().getBean(KeyStore.class).open(account)).contains(CREDS);
                var row = boot.context().getBean(StoredKeyRepository.class).findById(account).orElseThrow();
                assertThat(row.masterKeyId()).isEqualTo(now.id());
                assertThat(row.rotatedAt()).isNotNull();
                assertThatThrownBy(() -> new KeyVault(old).open(account, row.asSealed()))
                        .isInstanceOf(KeyVaultException.class);
            }
        }
    }

    @Test
    void saysWhatIsWrong() {
        assertThat(keys.run(List.of("rotate"), java.nio.file.Path.of("unused"))).isEqualTo(2);
        System.setProperty(KeysCommand.NEW_KEY_ENV, "too-short");
        try (TempDataDir dir = new TempDataDir("tradewire-keys-")) {
            assertThat(keys.run(List.of("rotate-master"), dir.path())).isEqualTo(2);
        } finally {
            System.clearProperty(KeysCommand.NEW_KEY_ENV);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("keys:")).toList())
                .containsExactly("keys: the only subcommand is 'rotate-master'",
                        "keys: TRADEWIRE_NEW_MASTER_KEY is not base64; generate one with: openssl rand -base64 32");
    }

    private static long storeOneKey(Boot boot) {
        var ctx = boot.context();
        long sub = ctx.getBean(Setup.class).addSubscriber("test", "rot", BigDecimal.ZERO).subscriber().id();
        VenueAccount a = ctx.getBean(VenueAccountRepository.class).save(new VenueAccount(null, sub, VenueKind.XCHANGE,
                "ex", "USDT", BigDecimal.ZERO, false, Instant.now(), BigDecimal.ZERO));
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx =
                ctx.getBean(io.micronaut.transaction.TransactionOperations.class);
        tx.executeWrite(s -> ctx.getBean(KeyStore.class).store(a.id(), CREDS));
        return a.id();
    }
}
