package io.tradewire.trading.venue.keys;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing: AES-GCM with a fresh nonce per seal, bound to the account, refusing a wrong key or a changed byte. */
class KeyVaultTest {
    static final MasterKey KEY = MasterKey.of(bytes(1));
    static final ApiCredentials CREDS = new ApiCredentials("the-api-key-1234", "the-secret-5678", "pass-phrase");

    @Test
    void sealsAndOpensAndNeverRepeatsANonceOrShowsThePlainText() {
        KeyVault vault = new KeyVault(KEY);
        Sealed a = vault.seal(7, CREDS);
        Sealed b = vault.seal(7, CREDS);

        assertThat(vault.open(7, a)).isEqualTo(CREDS);
        assertThat(a.nonce()).hasSize(12).isNotEqualTo(b.nonce());
        assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
        String asText = new String(a.ciphertext(), StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("the-api-key", "the-secret", "pass-phrase");
        assertThat(a.masterKeyId()).isEqualTo(KEY.id()).hasSize(16);
    }

    @Test
    void aRowSealedForAnotherAccountOrAlteredOrUnderAnotherKeyDoesNotOpen() {
        KeyVault vault = new KeyVault(KEY);
        Sealed sealed = vault.seal(7, CREDS);
        byte[] altered = sealed.ciphertext().clone();
        altered[3] ^= 1;

        assertThatThrownBy(() -> vault.open(8, sealed)).isInstanceOf(KeyVaultException.class)
                .hasMessageContaining("account 8").hasMessageContaining("do not open");
        assertThatThrownBy(() -> vault.open(7, new Sealed(sealed.nonce(), altered, sealed.masterKeyId())))
                .isInstanceOf(KeyVaultException.class);
        assertThatThrownBy(() -> new KeyVault(MasterKey.of(bytes(2))).open(7, sealed))
                .isInstanceOf(KeyVaultException.class)
                .hasMessageContaining("sealed under master key " + KEY.id());
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64AndSaysHowToMakeOne() {
        assertThat(MasterKey.parse(Base64.getEncoder().encodeToString(bytes(3)), "K").id()).hasSize(16);
        assertThatThrownBy(() -> MasterKey.parse("c2hvcnQ=", "TRADEWIRE_MASTER_KEY"))
                .hasMessage("TRADEWIRE_MASTER_KEY must decode to 32 bytes (AES-256), got 5; generate one with:"
                        + " openssl rand -base64 32");
        assertThatThrownBy(() -> MasterKey.parse("not base64 at all!", "TRADEWIRE_MASTER_KEY"))
                .hasMessage("TRADEWIRE_MASTER_KEY is not base64; generate one with: openssl rand -base64 32");
        assertThat(KEY.toString()).doesNotContain(KEY.base64());
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        assertThat(CREDS.toString()).isEqualTo("ApiCredentials[key=...1234, secret=<hidden>, passphrase=<hidden>]");
        assertThat(CREDS.hint()).isEqualTo("...1234");
        assertThatThrownBy(() -> new ApiCredentials(" ", "s", null)).hasMessage("api_key is required");
    }

    private static byte[] bytes(int fill) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) fill);
        return b;
    }
}
