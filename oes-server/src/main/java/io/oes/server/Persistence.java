package io.oes.server;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.EventPublisher;
import io.oes.core.port.OrderCache;
import io.oes.core.port.OrderStore;
import io.oes.messaging.memory.InMemoryOrderCache;
import io.oes.messaging.memory.InProcessEventBus;
import io.oes.server.config.OesConfig;
import io.oes.server.health.CheckResult;
import io.oes.server.health.Criticality;
import io.oes.server.health.HealthCheck;
import io.oes.server.health.HealthService;
import io.oes.server.metrics.Metrics;
import io.oes.store.memory.InMemoryOrderStore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where order changes go besides the engine: the store (the source of truth), the cache and
 * the event bus, fed from the one ordered feed. A failing cache or bus never stops an order;
 * they count the failure and the gateway reports itself degraded.
 */
final class Persistence implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
  private static final int MEMORY_CACHE_CAPACITY = 100_000;

  private final OrderStore store;
  private final OrderCache cache;
  private final EventPublisher events;
  private final Metrics metrics;
  private final String description;

  private Persistence(OrderStore store, OrderCache cache, EventPublisher events, Metrics metrics,
      String description) {
    this.store = store;
    this.cache = cache;
    this.events = events;
    this.metrics = metrics;
    this.description = description;
  }

  /** Opens what {@code config} selects. */
  static Persistence open(OesConfig config, Metrics metrics) {
    requireMemory("store.type", config.store().type().name());
    requireMemory("cache.type", config.cache().type().name());
    requireMemory("events.type", config.events().type().name());
    return new Persistence(new InMemoryOrderStore(), new InMemoryOrderCache(MEMORY_CACHE_CAPACITY),
        new InProcessEventBus(), metrics, "in-memory");
  }

  private static void requireMemory(String key, String type) {
    if (!type.equalsIgnoreCase("memory")) {
      throw new IllegalStateException(key + ": " + type.toLowerCase()
          + " is not available in this build; use memory");
    }
  }

  /** Feed sink: every change, in sequence order. */
  void onEvent(OrderEvent event) {
    store.append(event);
    try {
      cache.put(event.order());
    } catch (RuntimeException e) {
      LOG.warn("Caching order {} failed: {}", event.order().orderId(), e.getMessage());
    }
    try {
      events.publish(event);
      metrics.feeds().eventPublished();
    } catch (RuntimeException e) {
      metrics.feeds().eventFailed();
      LOG.warn("Publishing event {} failed: {}", event.sequence(), e.getMessage());
    }
  }

  long lastSequence() {
    return 0;
  }

  OrderStore store() {
    return store;
  }

  OrderCache cache() {
    return cache;
  }

  void registerHealthChecks(HealthService health) {
    health.register(check("store", () -> CheckResult.healthy(description + " order store")),
        Criticality.CRITICAL);
    health.register(check("cache", () -> CheckResult.healthy(description + " order cache")),
        Criticality.NON_CRITICAL);
    health.register(check("events", () -> CheckResult.healthy(description + " event bus")),
        Criticality.NON_CRITICAL);
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

  @Override
  public void close() {
    // in-memory parts hold nothing to release
  }
}
