package io.oes.core.engine;

import io.oes.core.order.ClientOrderIndex;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The client order ids of one account, as far as the writer knows them without the store: the
 * order id of every open order by (user, client order id), and, once loaded, every id the store
 * holds ({@link UsedClientIds}), so a fresh id is known fresh without a look-up. Writer only.
 */
final class ClientIds {
  private final ClientOrderIndex<String> openByClientId;
  /** Every client order id used, once loaded; null while loading or if loading failed. */
  private UsedClientIds used;
  /** Ids used while the store's ids load, added once they are in; null when not loading. */
  private List<ClientOrderKey> usedWhileLoading = new ArrayList<>();

  /** @param userOf the user of an indexed order id (open, or ending right now) */
  ClientIds(Function<String, String> userOf) {
    this.openByClientId = new ClientOrderIndex<>(userOf);
  }

  /** The order id of the open order {@code userId} knows as {@code clientOrderId}, or null. */
  String openOrderId(String userId, String clientOrderId) {
    return openByClientId.get(userId, clientOrderId);
  }

  /** Whether the store may hold an order with this id: yes unless the loaded ids say no. */
  boolean mayBeStored(String userId, String clientOrderId) {
    return used == null || used.mightContain(userId, clientOrderId);
  }

  /** An open order (new, restored or revived) answers for its client order id. */
  void remember(Order order) {
    openByClientId.put(order.userId(), order.clientOrderId(), order.orderId());
    ClientOrderKey key = new ClientOrderKey(order.userId(), order.clientOrderId());
    if (used != null) {
      used.add(key.userId(), key.clientOrderId());
    } else if (usedWhileLoading != null) {
      usedWhileLoading.add(key);
    }
  }

  /** The order ended: from now on the store answers for its client order id. */
  void forget(Order order) {
    openByClientId.remove(order.userId(), order.clientOrderId());
  }

  /** The store's ids are in: fresh ids need no look-up from now on. */
  void install(UsedClientIds loaded) {
    usedWhileLoading.forEach(key -> loaded.add(key.userId(), key.clientOrderId()));
    usedWhileLoading = null;
    used = loaded;
  }

  /** The store's ids could not be read: every id is looked up, as while loading. */
  void loadFailed() {
    usedWhileLoading = null;
  }
}
