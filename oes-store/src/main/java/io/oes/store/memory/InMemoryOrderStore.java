package io.oes.store.memory;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Orders, their journal and a client-id index in maps. Appends come from the feed in sequence
 * order; reads may come from any thread. Like the orders, every event is kept until the process
 * ends (nothing is committed anywhere, so every appended event counts as journaled).
 */
public final class InMemoryOrderStore implements OrderStore {
  /** Newest first; equal times broken by order id, newest (greatest) first. */
  static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparing(Order::createdAt).thenComparing(Order::orderId).reversed();

  private final Map<String, Order> byId = new ConcurrentHashMap<>();
  private final Map<ClientOrderKey, String> idByClientKey = new ConcurrentHashMap<>();
  private final Map<String, String> idByExchangeClientId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> fillIds = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> filledByFills = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, OrderEvent> journal = new ConcurrentSkipListMap<>();
  /** Who waits for a sequence to be appended (the feed appends after emit has returned). */
  private final ConcurrentSkipListMap<Long, CompletableFuture<Void>> waiting =
      new ConcurrentSkipListMap<>();
  private volatile long appendedUpTo;

  @Override
  public void append(OrderEvent event) {
    Order order = event.order();
    byId.put(order.orderId(), order);
    idByClientKey.put(ClientOrderKey.of(order), order.orderId());
    journal.put(event.sequence(), event);
    if (order.exchangeClientId() != null) {
      idByExchangeClientId.put(order.exchangeClientId(), order.orderId());
    }
    if (event.fill() != null) {
      if (fillIds.computeIfAbsent(order.orderId(), id -> ConcurrentHashMap.newKeySet())
          .add(event.fill().fillId())) {
        filledByFills.merge(order.orderId(), event.fill().quantity(), BigDecimal::add);
      }
    }
    appended(event.sequence());
  }

  @Override
  public List<Order> findWithMissingFills(String accountId, Instant createdSince) {
    return byId.values().stream()
        .filter(o -> o.accountId().equals(accountId) && !o.createdAt().isBefore(createdSince)
            && o.filledQuantity().compareTo(
                filledByFills.getOrDefault(o.orderId(), BigDecimal.ZERO)) > 0)
        .toList();
  }

  /**
   * Completes once the event is appended: an append is all the durability this store has, but
   * the feed appends on its own thread, after the event was numbered.
   */
  @Override
  public CompletableFuture<Void> whenCommitted(long sequence) {
    if (sequence <= appendedUpTo) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> waiter =
        waiting.computeIfAbsent(sequence, s -> new CompletableFuture<>());
    if (sequence <= appendedUpTo) {
      // appended while the waiter was being added: the appending thread may have missed it
      waiting.remove(sequence, waiter);
      waiter.complete(null);
    }
    return waiter;
  }

  private void appended(long sequence) {
    if (sequence > appendedUpTo) {
      appendedUpTo = sequence;
    }
    Map<Long, CompletableFuture<Void>> due = waiting.headMap(appendedUpTo, true);
    for (Map.Entry<Long, CompletableFuture<Void>> waiter : due.entrySet()) {
      if (waiting.remove(waiter.getKey(), waiter.getValue())) {
        waiter.getValue().complete(null);
      }
    }
  }

  @Override
  public Optional<Order> findByExchangeClientId(String accountId, String exchangeClientId) {
    return Optional.ofNullable(idByExchangeClientId.get(exchangeClientId))
        .map(byId::get)
        .filter(order -> order.accountId().equals(accountId));
  }

  @Override
  public List<String> fillIdsOf(String orderId) {
    return List.copyOf(fillIds.getOrDefault(orderId, Set.of()));
  }

  @Override
  public Optional<Order> findById(String orderId) {
    return Optional.ofNullable(byId.get(orderId));
  }

  @Override
  public Optional<Order> findByClientOrderId(String userId, String clientOrderId) {
    return Optional.ofNullable(idByClientKey.get(new ClientOrderKey(userId, clientOrderId)))
        .map(byId::get);
  }

  @Override
  public OrderPage find(OrderQuery query) {
    List<Order> matching = byId.values().stream()
        .filter(matches(query))
        .sorted(NEWEST_FIRST)
        .limit(query.limit() + 1L)
        .toList();
    if (matching.size() <= query.limit()) {
      return new OrderPage(matching, null);
    }
    List<Order> page = new ArrayList<>(matching.subList(0, query.limit()));
    Order last = page.get(page.size() - 1);
    return new OrderPage(page, new OrderQuery.PageCursor(last.createdAt(), last.orderId()));
  }

  @Override
  public List<Order> findOpen(String accountId) {
    return byId.values().stream()
        .filter(o -> o.accountId().equals(accountId) && o.state().isOpen())
        .toList();
  }

  @Override
  public void forEachClientOrderKey(Consumer<ClientOrderKey> action) {
    idByClientKey.keySet().forEach(action);
  }

  @Override
  public List<OrderEvent> eventsAfter(long sequence, int limit) {
    return journal.tailMap(sequence, false).values().stream().limit(limit).toList();
  }

  @Override
  public long oldestSequence() {
    Map.Entry<Long, OrderEvent> oldest = journal.firstEntry();
    return oldest == null ? 0 : oldest.getKey();
  }

  private static Predicate<Order> matches(OrderQuery q) {
    return o -> (q.userId() == null || q.userId().equals(o.userId()))
        && (q.symbol() == null || q.symbol().equals(o.symbol()))
        && (q.state() == null || q.state() == o.state())
        && (q.createdFrom() == null || !o.createdAt().isBefore(q.createdFrom()))
        && (q.createdTo() == null || !o.createdAt().isAfter(q.createdTo()))
        && (q.after() == null || isAfter(o, q.after()));
  }

  /** Whether {@code o} comes after the cursor in newest-first order. */
  private static boolean isAfter(Order o, OrderQuery.PageCursor cursor) {
    int byTime = o.createdAt().compareTo(cursor.createdAt());
    return byTime < 0 || (byTime == 0 && o.orderId().compareTo(cursor.orderId()) < 0);
  }
}
