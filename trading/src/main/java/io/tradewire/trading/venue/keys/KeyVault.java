package io.tradewire.trading.venue.keys;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Seals and opens exchange credentials with AES-256-GCM. Every seal draws a fresh random 96-bit
 * nonce (GCM must never see a nonce twice under one key), and the account id is bound in as
 * associated data, so a sealed row copied onto another account does not open there.
 */
public final class KeyVault {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey master;
    private final SecureRandom random = new SecureRandom();

    public KeyVault(MasterKey master) {
        this.master = master;
    }

    public String masterKeyId() {
        return master.id();
    }

    public Sealed seal(long accountId, ApiCredentials credentials) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            return new Sealed(nonce, cipher.doFinal(encode(credentials)), master.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Opens a sealed row; a wrong master key or a tampered row is a {@link KeyVaultException}, never garbage. */
    public ApiCredentials open(long accountId, Sealed sealed) {
        if (!sealed.masterKeyId().equals(master.id())) {
            throw new KeyVaultException("the keys of account " + accountId + " were sealed under master key "
                    + sealed.masterKeyId() + ", but the configured master key is " + master.id()
                    + ": set TRADEWIRE_MASTER_KEY to the key they were sealed with");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce(), accountId);
            return decode(cipher.doFinal(sealed.ciphertext()));
        } catch (AEADBadTagException e) {
            throw new KeyVaultException("the stored keys of account " + accountId
                    + " do not open under the configured master key (tampered, or sealed for another account)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(master.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("tradewire:exchange-credentials:" + accountId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] encode(ApiCredentials c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(c.apiKey());
            out.writeUTF(c.secret());
            out.writeBoolean(c.passphrase() != null);
            if (c.passphrase() != null) {
                out.writeUTF(c.passphrase());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not encode credentials", e);
        }
        return bytes.toByteArray();
    }

    private static ApiCredentials decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain))) {
            String key = in.readUTF();
            String secret = in.readUTF();
            String passphrase = in.readBoolean() ? in.readUTF() : null;
            return new ApiCredentials(key, secret, passphrase);
        } catch (IOException e) {
            throw new KeyVaultException("stored credentials are malformed");
        }
    }
}
