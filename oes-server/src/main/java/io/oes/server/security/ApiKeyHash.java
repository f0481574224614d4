package io.oes.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stored form of an API key: {@code sha256:<64 hex digits>} of the key's UTF-8 bytes. A
 * fast hash is enough because keys are 256-bit random values ({@link ApiKeys#mint}), which no
 * dictionary or brute force can reach; a slow KDF would only slow every call. Comparison is
 * constant-time. Prints as {@code sha256:***}.
 */
public final class ApiKeyHash {

  /** How the hash is written in configuration. */
  public static final String PREFIX = "sha256:";
  private static final Pattern FORMAT = Pattern.compile("sha256:[0-9a-fA-F]{64}");

  private final byte[] digest;

  private ApiKeyHash(byte[] digest) {
    this.digest = digest;
  }

  /** The configured text as a hash, or empty when it is not {@code sha256:<64 hex>}. */
  public static Optional<ApiKeyHash> parse(String text) {
    String trimmed = text.strip();
    if (!FORMAT.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ApiKeyHash(HexFormat.of().parseHex(trimmed.substring(PREFIX.length()))));
  }

  /** The hash of a presented or freshly minted key. */
  public static ApiKeyHash of(String key) {
    return new ApiKeyHash(digest(key));
  }

  /** Whether this is the hash of the key whose digest is {@code presented}; constant-time. */
  boolean matches(ApiKeyHash presented) {
    return MessageDigest.isEqual(digest, presented.digest);
  }

  /** The configuration text, {@code sha256:<hex>}; meant for {@code oes key mint} only. */
  public String toConfigText() {
    return PREFIX + HexFormat.of().formatHex(digest);
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + "***";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyHash that && matches(that);
  }

  @Override
  public int hashCode() {
    return 0x5a; // hashes are compared, never used as map keys, so no bit of them leaks here
  }
}
