package io.oes.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.IntSupplier;

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
    eventsFailed = counter("events.failed", "Order event publications that failed");
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

  public void eventFailed() {
    eventsFailed.increment();
  }

  /** Publishes the number of open {@code StreamOrderUpdates} subscriptions, read on scrape. */
  public void trackStreamSubscribers(IntSupplier subscribers) {
    Gauge.builder(MeterNames.name("stream.subscribers"), subscribers::getAsInt)
        .description("Open order-update streams")
        .register(registry);
  }

  private Counter counter(String suffix, String description) {
    return Counter.builder(MeterNames.name(suffix)).description(description).register(registry);
  }
}
