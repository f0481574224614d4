package io.oes.core.testing;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Just enough of a store for engine tests: current orders by id, fill ids, and commits that a
 * test may hold back ({@link #holdCommits}) to see what waits for them. The stores themselves
 * are tested against the real databases in oes-store.
 */
public final class MemoryStore implements OrderStore {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> fillIds = new ConcurrentHashMap<>();
  private final AtomicInteger clientIdLookups = new AtomicInteger();
  private final List<OrderEvent> journal = new CopyOnWriteArrayList<>();
  private final NavigableMap<Long, CompletableFuture<Void>> waiting =
      new ConcurrentSkipListMap<>();
  private volatile boolean holding;

  @Override
  public void append(OrderEvent event) {
    orders.put(event.order().orderId(), event.order());
    journal.add(event);
    if (event.fill() != null) {
      fillIds.computeIfAbsent(event.order().orderId(), id -> ConcurrentHashMap.newKeySet())
          .add(event.fill().fillId());
    }
  }

  @Override
  public synchronized CompletableFuture<Void> whenCommitted(long sequence) {
    if (!holding) {
      return CompletableFuture.completedFuture(null);
    }
    return waiting.computeIfAbsent(sequence, s -> new CompletableFuture<>());
  }

  /** From now on no commit completes until {@link #releaseCommits}. */
  public synchronized void holdCommits() {
    holding = true;
  }

  /** Commits everything held back. */
  public synchronized void releaseCommits() {
    holding = false;
    waiting.values().forEach(committed -> committed.complete(null));
    waiting.clear();
  }

  /** Every event appended, in order. */
  public List<OrderEvent> journal() {
    return List.copyOf(journal);
  }

  @Override
  public Optional<Order> findByExchangeClientId(String accountId, String exchangeClientId) {
    return orders.values().stream()
        .filter(o -> exchangeClientId.equals(o.exchangeClientId())
            && o.accountId().equals(accountId))
        .findFirst();
  }

  @Override
  public List<String> fillIdsOf(String orderId) {
    return List.copyOf(fillIds.getOrDefault(orderId, Set.of()));
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

  /** How often an engine asked for an order by its client order id. */
  public int clientIdLookups() {
    return clientIdLookups.get();
  }
}
