package io.oes.core.port;

import io.oes.core.order.Order;
import java.util.Optional;

/**
 * A fast copy of recent orders, never the source of truth: a miss falls back to the store,
 * and a cache that fails must not stop orders.
 */
public interface OrderCache {

  void put(Order order);

  Optional<Order> get(String orderId);

  Optional<Order> getByClientOrderId(String userId, String clientOrderId);
}
