package io.oes.core.order;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each name (user id, symbol, account, asset) among many orders. Every request
 * and every row decodes its own copy of such a string; orders that keep the first copy of an
 * equal one instead hold 48 bytes less each per name. Equality is unchanged, only identity.
 *
 * <p>Bounded: past {@code capacity} distinct names it forgets them all and starts over, so
 * arbitrary client-supplied names cannot grow it without end. Not thread-safe: one owner (an
 * account's writer thread, one store read).
 */
public final class SharedNames {
  /** Enough for every symbol of an exchange and the users of a busy gateway. */
  public static final int DEFAULT_CAPACITY = 4_096;

  private final int capacity;
  private final Map<String, String> names = new HashMap<>();

  public SharedNames() {
    this(DEFAULT_CAPACITY);
  }

  public SharedNames(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** The kept instance equal to {@code name}, keeping {@code name} if none is; null stays null. */
  public String share(String name) {
    if (name == null) {
      return null;
    }
    String kept = names.get(name);
    if (kept != null) {
      return kept;
    }
    if (names.size() >= capacity) {
      names.clear();
    }
    names.put(name, name);
    return name;
  }

  /** {@code request} with its user id and symbol shared; the same instance when already so. */
  public OrderRequest share(OrderRequest request) {
    String userId = share(request.userId());
    String symbol = share(request.symbol());
    return userId == request.userId() && symbol == request.symbol()
        ? request : request.withNames(userId, symbol);
  }
}
