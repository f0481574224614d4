package io.oes.server;

import io.oes.core.order.Order;
import io.oes.core.port.OrderCache;
import io.oes.server.metrics.FeedMetrics;
import java.util.Optional;

/** Counts the cache's hits and misses on reads, whatever the cache is. */
final class CountingCache implements OrderCache {
  private final OrderCache delegate;
  private final FeedMetrics metrics;

  CountingCache(OrderCache delegate, FeedMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public void put(Order order) {
    delegate.put(order);
  }

  @Override
  public Optional<Order> get(String orderId) {
    return counted(delegate.get(orderId));
  }

  @Override
  public Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
    return counted(delegate.getByClientOrderId(userId, clientOrderId));
  }

  private Optional<Order> counted(Optional<Order> found) {
    if (found.isPresent()) {
      metrics.cacheHit();
    } else {
      metrics.cacheMiss();
    }
    return found;
  }
}
