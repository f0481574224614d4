package io.oes.server;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.AccountHistory;
import io.oes.core.port.EventPublisher;
import io.oes.core.port.OrderCache;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.risk.TradingStateStore;
import io.oes.server.config.OesConfig;
import io.oes.server.health.CheckResult;
import io.oes.server.health.Criticality;
import io.oes.server.health.HealthCheck;
import io.oes.server.health.HealthService;
import io.oes.server.metrics.Metrics;
import io.oes.store.jdbc.AccountFences;
import io.oes.store.jdbc.JdbcOrderStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where order changes go besides the engine: the store (the source of truth), the cache and
 * the event bus, fed in sequence order from the one feed — except NATS, which a relay feeds
 * from the store's committed journal (a transactional outbox: nothing is lost while NATS is
 * down, under load or in a crash). A failing cache or bus never stops an order (the gateway
 * reports itself degraded); a store that cannot persist stops new orders.
 */
final class Persistence implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
  private static final Duration SHUTDOWN_COMMIT_TIMEOUT = Duration.ofSeconds(5);

  private final Backend<OrderStore> store;
  private final Backend<OrderCache> cache;
  private final Backend<EventPublisher> events;
  private final Metrics metrics;
  private final TradingStateStore memoryTradingState = TradingStateStore.inMemory();

  private Persistence(Backend<OrderStore> store, Backend<OrderCache> cache,
      Backend<EventPublisher> events, Metrics metrics) {
    this.store = store;
    this.cache = cache;
    this.events = events;
    this.metrics = metrics;
  }

  /**
   * Opens what {@code config} selects; fails when the store's database cannot be reached.
   *
   * @param fences the accounts the store may write, when several instances share it
   */
  static Persistence open(OesConfig config, Metrics metrics, AccountFences fences) {
    List<Backend<?>> opened = new ArrayList<>();
    try {
      Backend<OrderStore> store = add(opened, Backends.store(config.store(), fences));
      Backend<OrderCache> cache = add(opened, Backends.cache(config.cache()));
      Backend<EventPublisher> events = add(opened,
          Backends.events(config.events(), store.port(), metrics.feeds()));
      return new Persistence(store, cache, events, metrics);
    } catch (RuntimeException e) {
      opened.forEach(Persistence::closeQuietly);
      throw e;
    }
  }

  private static final AccountHistory NO_HISTORY = new AccountHistory() {
    @Override
    public void forEachFill(Consumer<StoredFill> action) {}

    @Override
    public List<OrderCount> ordersSince(Instant from) {
      return List.of();
    }
  };

  private static <T> Backend<T> add(List<Backend<?>> opened, Backend<T> backend) {
    opened.add(backend);
    return backend;
  }

  /** Feed sink: every change, in sequence order. Never blocks on a remote call. */
  void onEvent(OrderEvent event) {
    store.port().append(event);
    try {
      cache.port().put(event.order());
    } catch (RuntimeException e) {
      LOG.warn("Caching order {} failed: {}", event.order().orderId(), e.getMessage());
    }
    if (events.port() == Backends.PUBLISHED_FROM_JOURNAL) {
      return; // the NATS relay publishes the event once the store has committed it
    }
    try {
      events.port().publish(event);
      metrics.feeds().eventPublished();
    } catch (RuntimeException e) {
      metrics.feeds().eventFailed();
      LOG.warn("Publishing event {} failed: {}", event.sequence(), e.getMessage());
    }
  }

  /** The last sequence the store holds, so numbering continues after a restart. */
  long lastSequence() {
    return store.port() instanceof JdbcOrderStore jdbc ? jdbc.lastSequence() : 0;
  }

  /** Why new orders must wait now (the store cannot persist), if they must. Cheap. */
  Optional<Refusal> refusalForNewOrders() {
    if (store.port() instanceof JdbcOrderStore jdbc && jdbc.writesFailing()) {
      return Optional.of(Refusal.unavailable(
          "the order store cannot persist right now; new orders are refused, cancels still go"));
    }
    return Optional.empty();
  }

  OrderStore store() {
    return store.port();
  }

  /**
   * Readies the store, the cache and the bus on {@code scratch}, side by side, leaving no row,
   * key or message; says what each did. A backend that is down is reported, not fatal.
   */
  String warmUp(List<OrderEvent> scratch) {
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      var stored = threads.submit(() -> store.warmUp().run(scratch));
      var cached = threads.submit(() -> cache.warmUp().run(scratch));
      var published = threads.submit(() -> events.warmUp().run(scratch));
      return "store " + stored.get() + ", cache " + cached.get() + ", events " + published.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (ExecutionException e) {
      LOG.warn("Warming up the store, cache or bus failed: {}", e.getCause().toString());
      return "failed: " + e.getCause().getMessage();
    }
  }

  /** Where the kill switch is saved: the store's database, or memory with the memory store. */
  TradingStateStore tradingStates() {
    return store.port() instanceof JdbcOrderStore jdbc ? jdbc.accountState()
        : memoryTradingState;
  }

  /** The store's fills and order counts, read at start; nothing with the memory store. */
  AccountHistory history() {
    return store.port() instanceof JdbcOrderStore jdbc ? jdbc.accountState() : NO_HISTORY;
  }

  OrderCache cache() {
    return cache.port();
  }

  void registerHealthChecks(HealthService health) {
    health.register(check("store", store.probe()), Criticality.CRITICAL);
    health.register(check("cache", cache.probe()), Criticality.NON_CRITICAL);
    health.register(check("events", events.probe()), Criticality.NON_CRITICAL);
  }

  private static HealthCheck check(String name, Supplier<CheckResult> probe) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public CheckResult check() {
        return probe.get();
      }
    };
  }

  /**
   * Commits what the store has queued (up to 5 s), then closes the event bus (the NATS relay
   * publishes what is committed for up to 5 s more; the rest stays in the journal for the next
   * start), the cache, and the store last.
   */
  @Override
  public void close() {
    commitQueuedEvents();
    closeQuietly(events);
    closeQuietly(cache);
    closeQuietly(store);
  }

  /** So that the NATS relay can publish the last events before it stops. */
  private void commitQueuedEvents() {
    if (store.port() instanceof JdbcOrderStore jdbc) {
      try {
        jdbc.flush(SHUTDOWN_COMMIT_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.warn("Committing queued events before shutdown failed: {}", e.getMessage());
      }
    }
  }

  private static void closeQuietly(Backend<?> backend) {
    try {
      backend.closer().close();
    } catch (Exception e) {
      LOG.warn("Closing {} failed: {}", backend.port().getClass().getSimpleName(), e.getMessage());
    }
  }
}
