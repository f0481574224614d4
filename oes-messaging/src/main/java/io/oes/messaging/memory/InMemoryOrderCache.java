package io.oes.messaging.memory;

import io.oes.core.order.ClientOrderIndex;
import io.oes.core.order.Order;
import io.oes.core.port.OrderCache;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent orders in memory, the least recently written dropped first once {@code capacity}
 * is reached, so a long run cannot grow it without bound. It holds the orders themselves, the
 * very snapshots the engine made (nothing is copied or rendered), indexed twice: by order id
 * and by (user, client order id).
 */
public final class InMemoryOrderCache implements OrderCache {
  private final Map<String, Order> byId;
  private final ClientOrderIndex<Order> byClientId = new ClientOrderIndex<>(Order::userId);

  public InMemoryOrderCache(int capacity) {
    this.byId = new LinkedHashMap<>(1024, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
        if (size() > capacity) {
          Order gone = eldest.getValue();
          byClientId.remove(gone.userId(), gone.clientOrderId());
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
    byClientId.put(order.userId(), order.clientOrderId(), order);
  }

  @Override
  public synchronized Optional<Order> get(String orderId) {
    return Optional.ofNullable(byId.get(orderId));
  }

  @Override
  public synchronized Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
    return Optional.ofNullable(byClientId.get(userId, clientOrderId));
  }
}
