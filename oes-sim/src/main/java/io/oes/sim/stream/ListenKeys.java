package io.oes.sim.stream;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listen keys of the user data streams: at most one active key per account, valid for a fixed
 * time after its creation or its last keepalive. A repeated create returns the active key and
 * extends it, as Binance does. Thread-safe: every method synchronizes on the registry.
 */
public final class ListenKeys {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int KEY_LENGTH = 64;

  private final long validityMillis;
  private final SecureRandom random = new SecureRandom();
  private final Map<Long, ActiveKey> byAccount = new HashMap<>();

  /** A key, its account and when it lapses. */
  public record ActiveKey(String listenKey, long accountId, long expiresAtMillis) {}

  public ListenKeys(Duration validity) {
    this.validityMillis = validity.toMillis();
  }

  /** The account's active key, extended, or a new one when it has none. */
  public synchronized String open(long accountId, long nowMillis) {
    ActiveKey current = byAccount.get(accountId);
    String key = current != null ? current.listenKey() : newKey();
    byAccount.put(accountId, new ActiveKey(key, accountId, nowMillis + validityMillis));
    return key;
  }

  /**
   * Extends the account's active key; when {@code listenKey} is sent it must be that key. Empty
   * when there is nothing to extend (-1125).
   */
  public synchronized Optional<String> keepAlive(long accountId, Optional<String> listenKey,
      long nowMillis) {
    Optional<ActiveKey> current = matching(accountId, listenKey);
    current.ifPresent(active -> byAccount.put(accountId,
        new ActiveKey(active.listenKey(), accountId, nowMillis + validityMillis)));
    return current.map(ActiveKey::listenKey);
  }

  /** Closes the account's key; returns the closed key, empty when there was none (-1125). */
  public synchronized Optional<String> close(long accountId, Optional<String> listenKey) {
    Optional<ActiveKey> current = matching(accountId, listenKey);
    current.ifPresent(active -> byAccount.remove(accountId));
    return current.map(ActiveKey::listenKey);
  }

  /** The account's active key, if it has one. */
  public synchronized Optional<String> activeKey(long accountId) {
    return Optional.ofNullable(byAccount.get(accountId)).map(ActiveKey::listenKey);
  }

  /** The account of an active key. */
  public synchronized Optional<Long> accountOf(String listenKey) {
    return byAccount.values().stream().filter(active -> active.listenKey().equals(listenKey))
        .map(ActiveKey::accountId).findFirst();
  }

  /** Removes and returns the keys that have lapsed by {@code nowMillis}. */
  public synchronized List<ActiveKey> expire(long nowMillis) {
    List<ActiveKey> lapsed = new ArrayList<>();
    byAccount.values().removeIf(active -> {
      boolean gone = active.expiresAtMillis() <= nowMillis;
      if (gone) {
        lapsed.add(active);
      }
      return gone;
    });
    return lapsed;
  }

  private Optional<ActiveKey> matching(long accountId, Optional<String> listenKey) {
    return Optional.ofNullable(byAccount.get(accountId))
        .filter(active -> listenKey.isEmpty() || listenKey.get().equals(active.listenKey()));
  }

  private String newKey() {
    StringBuilder key = new StringBuilder(KEY_LENGTH);
    for (int i = 0; i < KEY_LENGTH; i++) {
      key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return key.toString();
  }
}
