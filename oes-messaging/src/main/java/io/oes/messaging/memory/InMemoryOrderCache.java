package io.oes.messaging.memory;

import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderCache;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent orders in memory, the least recently written dropped first once {@code capacity}
 * is reached, so a long run cannot grow it without bound.
 */
public final class InMemoryOrderCache implements OrderCache {
  private final Map<String, Order> byId;
  private final Map<ClientOrderKey, String> idByClientKey = new HashMap<>();

  public InMemoryOrderCache(int capacity) {
    this.byId = new LinkedHashMap<>(1024, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
        if (size() > capacity) {
          Order gone = eldest.getValue();
          idByClientKey.remove(ClientOrderKey.of(gone));
          return true;
        }
        return false;
      }
    };
  }

  @Override
  public synchronized void put(Order order) {
    byId.remove(order.orderId());
    byId.put(order.orderId(), order);
    idByClientKey.put(ClientOrderKey.of(order), order.orderId());
  }

  @Override
  public synchronized Optional<Order> get(String orderId) {
    return Optional.ofNullable(byId.get(orderId));
  }

  @Override
  public synchronized Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
    return Optional.ofNullable(idByClientKey.get(new ClientOrderKey(userId, clientOrderId)))
        .map(byId::get);
  }
}
