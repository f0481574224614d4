package io.oes.core.order;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values by {@link ClientOrderKey} (user, client order id) without a key object per entry: an
 * entry is filed under its client order id alone and its user is read from the value. Only a
 * client order id that another user already holds is filed under a whole key, in a second map;
 * two users picking the same id is rare. A null user and an empty one are the same user.
 *
 * <p>Not thread-safe: one owner, or the owner's lock.
 *
 * @param <V> what is indexed: an order, or its id
 */
public final class ClientOrderIndex<V> {
  private final Function<V, String> userOf;
  private final Map<String, V> byClientId = new HashMap<>();
  private final Map<ClientOrderKey, V> sharedIds = new HashMap<>();

  /** @param userOf the user a value belongs to; asked of values in the index only */
  public ClientOrderIndex(Function<V, String> userOf) {
    this.userOf = userOf;
  }

  /** The value of {@code userId}'s {@code clientOrderId}, or null. */
  public V get(String userId, String clientOrderId) {
    V value = byClientId.get(clientOrderId);
    if (value != null && belongsTo(value, userId)) {
      return value;
    }
    return sharedIds.isEmpty() ? null : sharedIds.get(new ClientOrderKey(userId, clientOrderId));
  }

  /** Files {@code value} under {@code userId}'s {@code clientOrderId}, replacing what was. */
  public void put(String userId, String clientOrderId, V value) {
    V held = byClientId.get(clientOrderId);
    if (held == null || belongsTo(held, userId)) {
      byClientId.put(clientOrderId, value);
      if (!sharedIds.isEmpty()) {
        sharedIds.remove(new ClientOrderKey(userId, clientOrderId));
      }
    } else {
      sharedIds.put(new ClientOrderKey(userId, clientOrderId), value);
    }
  }

  /** Removes {@code userId}'s {@code clientOrderId}, if filed. */
  public void remove(String userId, String clientOrderId) {
    V held = byClientId.get(clientOrderId);
    if (held != null && belongsTo(held, userId)) {
      byClientId.remove(clientOrderId);
    }
    if (!sharedIds.isEmpty()) {
      sharedIds.remove(new ClientOrderKey(userId, clientOrderId));
    }
  }

  /** How many values are filed. */
  public int size() {
    return byClientId.size() + sharedIds.size();
  }

  private boolean belongsTo(V value, String userId) {
    return Objects.equals(orEmpty(userOf.apply(value)), orEmpty(userId));
  }

  private static String orEmpty(String userId) {
    return userId == null ? "" : userId;
  }
}
