package io.oes.core.engine;

import io.oes.core.order.Order;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Orders that ended lately, so a late exchange report meets the final state without a store
 * look-up on the writer. Writer only.
 */
final class RecentOrders {
  private static final int CAPACITY = 10_000;

  private final Map<String, Order> byId = new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
      return size() > CAPACITY;
    }
  };

  void add(Order order) {
    byId.put(order.orderId(), order);
  }

  Optional<Order> find(String orderId) {
    return Optional.ofNullable(byId.get(orderId));
  }
}
