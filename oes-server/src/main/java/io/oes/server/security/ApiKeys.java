package io.oes.server.security;

import io.oes.server.config.value.Secret;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Mints API keys: {@code oes_} followed by 32 random bytes in URL-safe Base64 (43 characters).
 * The prefix lets secret scanners recognise a leaked key.
 */
public final class ApiKeys {

  /** Every minted key starts with this. */
  public static final String KEY_PREFIX = "oes_";
  private static final int KEY_BYTES = 32;

  private ApiKeys() {}

  /** A new key and the hash to configure for it; the key itself is shown once, never stored. */
  public static MintedKey mint(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new MintedKey(Secret.of(key), ApiKeyHash.of(key));
  }

  /**
   * A freshly minted key.
   *
   * @param key the key to hand to the client, once
   * @param hash what the gateway's configuration holds instead of the key
   */
  public record MintedKey(Secret key, ApiKeyHash hash) {}
}
