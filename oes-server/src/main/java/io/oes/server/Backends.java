package io.oes.server;

import io.oes.core.port.EventJournal;
import io.oes.core.port.EventPublisher;
import io.oes.core.port.OrderCache;
import io.oes.core.port.OrderStore;
import io.oes.messaging.health.ComponentHealth;
import io.oes.messaging.memory.InMemoryOrderCache;
import io.oes.messaging.memory.InProcessEventBus;
import io.oes.messaging.nats.JournalRelay;
import io.oes.messaging.nats.NatsPublisherOptions;
import io.oes.messaging.nats.RelayListener;
import io.oes.messaging.redis.RedisCacheOptions;
import io.oes.messaging.redis.RedisOrderCache;
import io.oes.server.config.CacheConfig;
import io.oes.server.config.EmbeddedStoreUrl;
import io.oes.server.config.EventsConfig;
import io.oes.server.config.value.Secret;
import io.oes.server.config.StoreConfig;
import io.oes.server.health.CheckResult;
import io.oes.server.metrics.FeedMetrics;
import io.oes.store.jdbc.AccountFences;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.store.jdbc.JdbcStoreOptions;
import io.oes.store.jdbc.StoreHealth;
import io.oes.store.memory.InMemoryOrderStore;
import java.time.Duration;

/** Opens the store, cache and event bus the configuration selects. */
final class Backends {
  private static final int MEMORY_CACHE_CAPACITY = 100_000;
  /** How long a warm-up waits for a connection before going on without it. */
  private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(3);
  /** Round trips on the Redis and NATS connections before ready. */
  private static final int WARM_UP_ROUND_TRIPS = 50;

  private Backends() {}

  /**
   * The store, or the JDBC store's own failure when its database cannot be reached.
   *
   * @param fences the accounts this instance may write, when several share the store
   */
  static Backend<OrderStore> store(StoreConfig config, AccountFences fences) {
    return switch (config.type()) {
      case MEMORY -> Backend.inProcess(new InMemoryOrderStore(), "in-memory order store");
      case SQLITE -> jdbc(JdbcOrderStore.sqlite(EmbeddedStoreUrl.directory(config.url())));
      case POSTGRES -> jdbc(JdbcOrderStore.postgres(config.url().orElseThrow(),
          config.username().orElse(null), config.password().map(Secret::reveal).orElse(null),
          JdbcStoreOptions.defaults(), fences));
    };
  }

  private static Backend<OrderStore> jdbc(JdbcOrderStore store) {
    return new Backend<>(store, () -> storeCheck(store.health()), store,
        scratch -> store.warmUp(scratch, WARM_UP_TIMEOUT) + " connections open");
  }

  private static CheckResult storeCheck(StoreHealth health) {
    return health.healthy() ? CheckResult.healthy(health.message())
        : CheckResult.unhealthy(health.message());
  }

  static Backend<OrderCache> cache(CacheConfig config) {
    return switch (config.type()) {
      case MEMORY -> Backend.inProcess(new InMemoryOrderCache(MEMORY_CACHE_CAPACITY),
          "in-memory order cache");
      case REDIS -> {
        RedisOrderCache cache = RedisOrderCache.connect(RedisCacheOptions
            .defaults(config.address().orElse(CacheConfig.DEFAULT_REDIS_ADDRESS))
            .withTtl(Duration.ofSeconds(config.ttlSeconds())));
        yield new Backend<>(cache, () -> componentCheck(cache.health()), cache,
            scratch -> cache.warmUp(scratch.get(0).order(), WARM_UP_ROUND_TRIPS, WARM_UP_TIMEOUT)
                ? "connected" : "not connected (degraded)");
      }
    };
  }

  /**
   * The event bus. The in-process bus is fed directly by the feed. NATS is fed from {@code
   * store}'s journal by a relay (a transactional outbox), so it needs a durable store; the
   * configuration validation refuses NATS with the memory store. The returned port then takes
   * nothing: the relay reads what the store committed.
   */
  static Backend<EventPublisher> events(EventsConfig config, OrderStore store,
      FeedMetrics metrics) {
    return switch (config.type()) {
      case MEMORY -> Backend.inProcess(new InProcessEventBus(), "in-process event bus");
      case NATS -> {
        if (!(store instanceof EventJournal journal)) {
          throw new IllegalStateException("events.type nats publishes from the store's journal;"
              + " the memory store keeps none (use store.type sqlite or postgres)");
        }
        NatsPublisherOptions options = NatsPublisherOptions.defaults(
            config.address().orElse(EventsConfig.DEFAULT_NATS_ADDRESS));
        JournalRelay relay = JournalRelay.start(journal,
            config.jetStream().map(options::withJetStream).orElse(options),
            new RelayMeters(metrics));
        metrics.trackEventLag(relay::lag);
        yield new Backend<>(PUBLISHED_FROM_JOURNAL, () -> componentCheck(relay.health()), relay,
            scratch -> relay.warmUp(scratch, WARM_UP_ROUND_TRIPS, WARM_UP_TIMEOUT)
                ? "connected" : "not connected (degraded)");
      }
    };
  }

  /** The port of the NATS bus: events go out from the journal, not from the feed. */
  static final EventPublisher PUBLISHED_FROM_JOURNAL = event -> { };

  /** Counts what the relay confirmed and each failed attempt. */
  private record RelayMeters(FeedMetrics metrics) implements RelayListener {
    @Override
    public void onPublished(int events) {
      metrics.eventsPublished(events);
    }

    @Override
    public void onFailed() {
      metrics.eventFailed();
    }
  }

  /** Redis and NATS are not critical: losing one degrades the gateway, orders keep flowing. */
  private static CheckResult componentCheck(ComponentHealth health) {
    return health.up() ? CheckResult.healthy(health.message())
        : CheckResult.degraded(health.message());
  }
}
