package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orders appended but not yet committed: the read-your-writes overlay. Reads look here first,
 * so a lookup right after {@code append} sees the new state although the writer thread has
 * not committed it yet. An entry leaves once the batch holding its newest event is committed,
 * so the overlay stays as small as the write backlog.
 *
 * <p>Written by the appending thread and the writer thread, read by any thread.
 */
final class PendingOrders {
  /** The newest appended state of an order and the append position that carried it. */
  private record Pending(Order order, long sequence, long position) {}

  private final Map<String, Pending> byId = new ConcurrentHashMap<>();
  private final Map<ClientOrderKey, String> idByClientKey = new ConcurrentHashMap<>();

  /** Records the state {@code event} brings; a replayed older sequence does not win. */
  void put(OrderEvent event, long position) {
    Order order = event.order();
    Pending next = new Pending(order, event.sequence(), position);
    byId.merge(order.orderId(), next, (kept, fresh) ->
        fresh.sequence() >= kept.sequence() ? fresh : kept);
    if (order.clientOrderId() != null) {
      idByClientKey.put(ClientOrderKey.of(order), order.orderId());
    }
  }

  /** Drops the entries of {@code events} whose newest state is committed up to {@code position}. */
  void committed(List<OrderEvent> events, long position) {
    for (OrderEvent event : events) {
      Order order = event.order();
      Pending left = byId.computeIfPresent(order.orderId(),
          (id, kept) -> kept.position() <= position ? null : kept);
      if (left == null && order.clientOrderId() != null) {
        idByClientKey.remove(ClientOrderKey.of(order), order.orderId());
      }
    }
  }

  Optional<Order> byId(String orderId) {
    Pending pending = byId.get(orderId);
    return pending == null ? Optional.empty() : Optional.of(pending.order());
  }

  Optional<Order> byClientOrderId(String userId, String clientOrderId) {
    String orderId = idByClientKey.get(new ClientOrderKey(userId, clientOrderId));
    return orderId == null ? Optional.empty() : byId(orderId);
  }

  /**
   * The pending orders by id, copied. Taken before reading the database, so an order that
   * commits meanwhile is still seen: in the copy if not in the rows.
   */
  Map<String, Order> snapshot() {
    Map<String, Order> copy = new HashMap<>();
    byId.forEach((id, pending) -> copy.put(id, pending.order()));
    return copy;
  }
}
