package io.oes.core.engine;

import io.oes.core.order.Order;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Orders that ended lately, so a late exchange report meets the final state without a store
 * look-up. Writer only.
 */
final class RecentOrders {
  private static final int CAPACITY = 10_000;

  private final Map<String, Order> byId;

  /** @param onEvicted told of each order that no longer fits */
  RecentOrders(Consumer<Order> onEvicted) {
    this.byId = new LinkedHashMap<>(1024, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
        if (size() <= CAPACITY) {
          return false;
        }
        onEvicted.accept(eldest.getValue());
        return true;
      }
    };
  }

  void add(Order order) {
    byId.put(order.orderId(), order);
  }

  Optional<Order> find(String orderId) {
    return Optional.ofNullable(byId.get(orderId));
  }
}
