package io.oes.core.testing;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Just enough of a store for engine and feed tests: current orders by id, fill ids, and a
 * journal whose commits a test can hold back ({@link #holdCommits}) to see what waits for them,
 * and reads a test can hold back ({@link #holdReads}) to see that nothing waits for them. Every
 * read notes the thread it ran on ({@link #readThreads}).
 * The stores themselves are tested against the real databases in oes-store.
 */
public final class MemoryStore implements OrderStore {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> fillIds = new ConcurrentHashMap<>();
  private final AtomicInteger clientIdLookups = new AtomicInteger();
  private final ConcurrentSkipListMap<Long, OrderEvent> journal = new ConcurrentSkipListMap<>();
  private final NavigableMap<Long, CompletableFuture<Void>> waiting =
      new ConcurrentSkipListMap<>();
  private volatile long committedUpTo = Long.MAX_VALUE;
  /** The last sequence appended: the feed delivers on its own thread, after emit returned. */
  private long appendedUpTo;
  private volatile CountDownLatch readGate = new CountDownLatch(0);
  private final Set<String> readThreads = ConcurrentHashMap.newKeySet();

  @Override
  public void append(OrderEvent event) {
    orders.put(event.order().orderId(), event.order());
    journal.put(event.sequence(), event);
    if (event.fill() != null) {
      fillIds.computeIfAbsent(event.order().orderId(), id -> ConcurrentHashMap.newKeySet())
          .add(event.fill().fillId());
    }
    appended(event.sequence());
  }

  /** Completes once the event is appended and, unless commits are held, committed. */
  @Override
  public synchronized CompletableFuture<Void> whenCommitted(long sequence) {
    if (sequence <= durableUpTo()) {
      return CompletableFuture.completedFuture(null);
    }
    return waiting.computeIfAbsent(sequence, s -> new CompletableFuture<>());
  }

  /** Events appended from now on are not committed (not in the journal's reads) until told. */
  public synchronized void holdCommits() {
    committedUpTo = journal.isEmpty() ? 0 : journal.lastKey();
  }

  /** Commits every event appended. */
  public synchronized void commitAll() {
    committedUpTo = Long.MAX_VALUE;
    completeDue();
  }

  private synchronized void appended(long sequence) {
    appendedUpTo = Math.max(appendedUpTo, sequence);
    completeDue();
  }

  private long durableUpTo() {
    return Math.min(committedUpTo, appendedUpTo);
  }

  private void completeDue() {
    Map<Long, CompletableFuture<Void>> due = waiting.headMap(durableUpTo(), true);
    due.values().forEach(committed -> committed.complete(null));
    due.clear();
  }

  /** Reads from now on wait until {@link #releaseReads}. */
  public void holdReads() {
    readGate = new CountDownLatch(1);
  }

  public void releaseReads() {
    readGate.countDown();
  }

  /** The names of the threads the store's reads ran on. */
  public Set<String> readThreads() {
    return Set.copyOf(readThreads);
  }

  private void read() {
    readThreads.add(Thread.currentThread().getName());
    try {
      if (!readGate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("reads held for 30 s and never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<Order> findById(String orderId) {
    read();
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public Optional<Order> findByClientOrderId(String userId, String clientOrderId) {
    read();
    clientIdLookups.incrementAndGet();
    return orders.values().stream()
        .filter(o -> o.userId().equals(userId) && o.clientOrderId().equals(clientOrderId))
        .findFirst();
  }

  @Override
  public Optional<Order> findByExchangeClientId(String accountId, String exchangeClientId) {
    read();
    return orders.values().stream()
        .filter(o -> exchangeClientId.equals(o.exchangeClientId())
            && o.accountId().equals(accountId))
        .findFirst();
  }

  @Override
  public List<String> fillIdsOf(String orderId) {
    read();
    return List.copyOf(fillIds.getOrDefault(orderId, Set.of()));
  }

  /** Orders with a filled quantity and no fill recorded at all: enough for engine tests. */
  @Override
  public List<Order> findWithMissingFills(String accountId, Instant createdSince) {
    read();
    return orders.values().stream()
        .filter(o -> o.accountId().equals(accountId) && !o.createdAt().isBefore(createdSince)
            && o.filledQuantity().signum() > 0 && !fillIds.containsKey(o.orderId()))
        .toList();
  }

  @Override
  public OrderPage find(OrderQuery query) {
    return new OrderPage(List.copyOf(orders.values()), null);
  }

  @Override
  public List<Order> findOpen(String accountId) {
    read();
    return orders.values().stream()
        .filter(o -> o.accountId().equals(accountId) && o.state().isOpen())
        .toList();
  }

  @Override
  public void forEachClientOrderKey(Consumer<ClientOrderKey> action) {
    read();
    orders.values().forEach(order -> action.accept(ClientOrderKey.of(order)));
  }

  /** The committed events after {@code sequence}. */
  @Override
  public List<OrderEvent> eventsAfter(long sequence, int limit) {
    long upTo = committedUpTo;
    if (upTo <= sequence) {
      return List.of();
    }
    return journal.subMap(sequence, false, upTo, true).values().stream().limit(limit).toList();
  }

  @Override
  public long oldestSequence() {
    Map.Entry<Long, OrderEvent> oldest = journal.firstEntry();
    return oldest == null || oldest.getKey() > committedUpTo ? 0 : oldest.getKey();
  }

  /** Drops the journal's events before {@code sequence}, as an operator pruning it would. */
  public void prune(long sequence) {
    journal.headMap(sequence).clear();
  }

  /** How often an engine asked for an order by its client order id. */
  public int clientIdLookups() {
    return clientIdLookups.get();
  }
}
