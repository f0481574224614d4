package io.oes.core.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The client order id oes sends the exchange for an order: its prefix, then 26 characters of
 * Crockford base32 taken from SHA-256 of (account, user, client order id). The same intent
 * always gets the same id, so after any crash a retry looks the first order up by it instead of
 * placing a second one, and an order found on the exchange maps back to its intent. 130 bits
 * of hash make two intents sharing an id practically impossible.
 *
 * <p>Binance accepts {@code ^[.A-Z:/a-z0-9_-]{1,36}$}: the prefix may take up to {@link
 * #MAX_PREFIX_LENGTH} characters of that alphabet. Thread-safe.
 */
public final class ExchangeClientIds {
  /** The exchange's limit for a client order id. */
  public static final int MAX_LENGTH = 36;
  static final int HASH_LENGTH = 26;
  public static final int MAX_PREFIX_LENGTH = MAX_LENGTH - HASH_LENGTH;
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  /** Separates the parts: no part can shift into the next and collide. */
  private static final byte SEPARATOR = 0x1F;

  private ExchangeClientIds() {}

  /** The exchange client id of a user's client order id on an account; null parts are empty. */
  public static String of(String prefix, String accountId, String userId, String clientOrderId) {
    MessageDigest sha = sha256();
    update(sha, accountId);
    update(sha, userId);
    update(sha, clientOrderId);
    byte[] digest = sha.digest();
    StringBuilder id = new StringBuilder(prefix.length() + HASH_LENGTH).append(prefix);
    // 26 characters of 5 bits: the first 130 bits of the digest, most significant first
    for (int i = 0; i < HASH_LENGTH; i++) {
      int bit = i * 5;
      int word = ((digest[bit >>> 3] & 0xff) << 8) | (digest[(bit >>> 3) + 1] & 0xff);
      id.append(ALPHABET[(word >>> (11 - (bit & 7))) & 31]);
    }
    return id.toString();
  }

  /** Why {@code prefix} cannot start oes's exchange client ids, or null when it can. */
  public static String problemWithPrefix(String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH) {
      return "client id prefix '" + prefix + "' must have 1 to " + MAX_PREFIX_LENGTH
          + " characters";
    }
    if (!prefix.matches("[.A-Z:/a-z0-9_-]+")) {
      return "client id prefix '" + prefix + "' may use only A-Z a-z 0-9 . : / _ -";
    }
    return null;
  }

  private static void update(MessageDigest sha, String part) {
    if (part != null) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
    }
    sha.update(SEPARATOR);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
