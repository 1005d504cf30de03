package io.github.pinterestapi.redis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals stored tokens with AES-GCM under the caller's key: a fresh 96-bit nonce per write, a
 * 128-bit tag, and the Redis key name as associated data, so a sealed token copied under another
 * user's key does not open. Without a key, tokens are stored as plain text.
 *
 * <pre>{@code
 * String stored = cipher.seal(text, "pinterest:{app:user}:token");
 * }</pre>
 */
final class TokenCipher {
  private static final String SEALED = "gcm1:";
  private static final String PLAIN = "plain1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  /** @param key an AES key (16, 24 or 32 bytes), or null to store plain text */
  TokenCipher(SecretKey key) {
    if (key != null && !"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("The token key must be an AES key");
    }
    this.key = key;
  }

  String seal(String text, String keyName) {
    if (key == null) {
      return PLAIN + text;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(keyName.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return SEALED + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** The text, or an exception naming why it cannot be read (wrong key, tampered, plain/sealed mismatch). */
  String open(String stored, String keyName) {
    if (stored.startsWith(PLAIN)) {
      if (key != null) {
        throw new StoredTokenUnreadableException("The stored token is not encrypted but a key is set");
      }
      return stored.substring(PLAIN.length());
    }
    if (!stored.startsWith(SEALED)) {
      throw new StoredTokenUnreadableException("The stored token has an unknown format");
    }
    if (key == null) {
      throw new StoredTokenUnreadableException("The stored token is encrypted and no key is set");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      if (in.length <= NONCE_BYTES) {
        throw new StoredTokenUnreadableException("The stored token is truncated");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(keyName.getBytes(StandardCharsets.UTF_8));
      byte[] text = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new StoredTokenUnreadableException(
          "The stored token does not open with this key (wrong key, or altered)");
    }
  }
}
