package io.oes.core.testing;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Just enough of a store for engine tests: current orders by id. The stores themselves are
 * tested against the real databases in oes-store.
 */
public final class MemoryStore implements OrderStore {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final AtomicInteger clientIdLookups = new AtomicInteger();

  @Override
  public void append(OrderEvent event) {
    orders.put(event.order().orderId(), event.order());
  }

  @Override
  public Optional<Order> findById(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public Optional<Order> findByClientOrderId(String userId, String clientOrderId) {
    clientIdLookups.incrementAndGet();
    return orders.values().stream()
        .filter(o -> o.userId().equals(userId) && o.clientOrderId().equals(clientOrderId))
        .findFirst();
  }

  @Override
  public OrderPage find(OrderQuery query) {
    return new OrderPage(List.copyOf(orders.values()), null);
  }

  @Override
  public List<Order> findOpen(String accountId) {
    return orders.values().stream()
        .filter(o -> o.accountId().equals(accountId) && o.state().isOpen())
        .toList();
  }

  @Override
  public void forEachClientOrderKey(Consumer<ClientOrderKey> action) {
    orders.values().forEach(order -> action.accept(ClientOrderKey.of(order)));
  }

  /** Keeps no journal: engine tests never resume a subscriber. */
  @Override
  public List<OrderEvent> eventsAfter(long sequence, int limit) {
    return List.of();
  }

  @Override
  public long oldestSequence() {
    return 0;
  }

  /** How often an engine asked for an order by its client order id. */
  public int clientIdLookups() {
    return clientIdLookups.get();
  }
}
