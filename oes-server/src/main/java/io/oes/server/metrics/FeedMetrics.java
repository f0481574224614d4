package io.oes.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Where order updates go out: the cache, the event bus and the gRPC update streams. Safe to call
 * from any thread.
 */
public final class FeedMetrics {

  private final MeterRegistry registry;
  private final Counter cacheHits;
  private final Counter cacheMisses;
  private final Counter eventsPublished;
  private final Counter eventsFailed;

  FeedMetrics(MeterRegistry registry) {
    this.registry = registry;
    cacheHits = counter("cache.hits", "Order lookups answered by the cache");
    cacheMisses = counter("cache.misses", "Order lookups the cache could not answer");
    eventsPublished = counter("events.published", "Order events published to the bus");
    eventsFailed = counter("events.failed",
        "Order event publications that failed (NATS: attempts, each retried from the journal)");
  }

  public void cacheHit() {
    cacheHits.increment();
  }

  public void cacheMiss() {
    cacheMisses.increment();
  }

  public void eventPublished() {
    eventsPublished.increment();
  }

  /** {@code events} more events confirmed by the bus (the NATS relay confirms in batches). */
  public void eventsPublished(int events) {
    eventsPublished.increment(events);
  }

  public void eventFailed() {
    eventsFailed.increment();
  }

  /** Publishes the number of open {@code StreamOrderUpdates} subscriptions, read on scrape. */
  public void trackStreamSubscribers(IntSupplier subscribers) {
    Gauge.builder(MeterNames.name("stream.subscribers"), subscribers::getAsInt)
        .description("Open order-update streams")
        .register(registry);
  }

  /**
   * Publishes how many journal events the NATS relay has not had confirmed yet (journal head
   * minus its durable cursor), read on scrape.
   */
  public void trackEventLag(LongSupplier lag) {
    Gauge.builder(MeterNames.name("events.lag"), () -> (double) lag.getAsLong())
        .description("Journal events not yet confirmed by the event bus")
        .register(registry);
  }

  private Counter counter(String suffix, String description) {
    return Counter.builder(MeterNames.name(suffix)).description(description).register(registry);
  }
}
