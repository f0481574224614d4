package io.oes.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Counts order outcomes and times order handling. Safe to call from any thread; each call is a
 * lock-free increment or histogram record.
 */
public final class OrderMetrics {

  private final MeterRegistry registry;
  private final Counter created;
  private final Counter filled;
  private final Counter partiallyFilled;
  private final Counter canceled;
  private final Counter unknownOutcomes;
  private final MeterProvider<Counter> rejected;
  private final MeterProvider<Counter> fills;
  private final Timer submitLatency;
  private final Timer cancelLatency;
  private final Timer batchCreateLatency;
  private final Timer batchCancelLatency;

  OrderMetrics(MeterRegistry registry) {
    this.registry = registry;
    created = counter("orders.created", "Orders accepted by the gateway");
    filled = counter("orders.filled", "Orders completely filled");
    partiallyFilled = counter("orders.partially_filled", "Partial fills of orders");
    canceled = counter("orders.canceled", "Orders canceled");
    unknownOutcomes = counter("orders.unknown_outcome",
        "Orders whose submission outcome was lost and had to be looked up on the exchange");
    rejected =
        Counter.builder(MeterNames.name("orders.rejected"))
            .description("Orders rejected, by reason")
            .withRegistry(registry);
    fills =
        Counter.builder(MeterNames.name("fills"))
            .description("Fills, by liquidity (maker or taker)")
            .withRegistry(registry);
    submitLatency =
        MeterNames.latencyTimer("order.submit.latency", "From CreateOrder received to answered")
            .register(registry);
    cancelLatency =
        MeterNames.latencyTimer("order.cancel.latency", "From CancelOrder received to answered")
            .register(registry);
    batchCreateLatency =
        MeterNames.latencyTimer("order.batch_create.latency",
                "From BatchCreateOrders received to every item answered")
            .register(registry);
    batchCancelLatency =
        MeterNames.latencyTimer("order.batch_cancel.latency",
                "From BatchCancelOrders received to every item answered")
            .register(registry);
  }

  public void created() {
    created.increment();
  }

  public void filled() {
    filled.increment();
  }

  public void partiallyFilled() {
    partiallyFilled.increment();
  }

  public void canceled() {
    canceled.increment();
  }

  /** One rejected order; {@code reason} is a stable code (few distinct values), never a text. */
  public void unknownOutcome() {
    unknownOutcomes.increment();
  }

  public void rejected(String reason) {
    rejected.withTags("reason", reason).increment();
  }

  /** Publishes {@code reasons} at 0, so the family exists before the first rejection. */
  public void startRejectedAtZero(List<String> reasons) {
    reasons.forEach(reason -> rejected.withTags("reason", reason));
  }

  /** One fill, as maker (provided liquidity) or taker. */
  public void fill(boolean maker) {
    fills.withTags("liquidity", maker ? "maker" : "taker").increment();
  }

  public void recordSubmitLatency(long nanos) {
    submitLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordCancelLatency(long nanos) {
    cancelLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordBatchCreateLatency(long nanos) {
    batchCreateLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordBatchCancelLatency(long nanos) {
    batchCancelLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Publishes the number of open orders in {@code state}, read from {@code count} on scrape. */
  public void trackOpenOrders(String state, LongSupplier count) {
    Gauge.builder(MeterNames.name("orders.open"), count::getAsLong)
        .description("Open orders, by state")
        .tag("state", state)
        .register(registry);
  }

  private Counter counter(String suffix, String description) {
    return Counter.builder(MeterNames.name(suffix)).description(description).register(registry);
  }
}
