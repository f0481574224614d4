package io.oes.core.port;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Order;
import java.util.List;
import java.util.Optional;

/**
 * The order history, the source of truth across restarts. Journal first: every change
 * arrives as an {@link OrderEvent} in sequence order and updates the current state of its
 * order.
 */
public interface OrderStore {

  /** Records one change; called in sequence order by the feed. */
  void append(OrderEvent event);

  Optional<Order> findById(String orderId);

  Optional<Order> findByClientOrderId(String userId, String clientOrderId);

  /** A page of orders matching {@code query}, newest first. */
  OrderPage find(OrderQuery query);

  /** Every order of {@code accountId} that is not final, for reconciliation. */
  List<Order> findOpen(String accountId);
}
