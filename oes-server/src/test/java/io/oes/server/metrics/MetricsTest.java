package io.oes.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private final Metrics metrics = Metrics.create();

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void orderCountersAppearWithTheOrderExecutionPrefix() {
    metrics.orders().created();
    metrics.orders().created();
    metrics.orders().filled();
    metrics.orders().partiallyFilled();
    metrics.orders().canceled();
    metrics.orders().rejected("min_notional");

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_orders_created_total 2.0",
            "order_execution_orders_filled_total 1.0",
            "order_execution_orders_partially_filled_total 1.0",
            "order_execution_orders_canceled_total 1.0",
            "order_execution_orders_rejected_total{reason=\"min_notional\"} 1.0");
  }

  @Test
  void knownReasonsAndErrorCodesArePublishedAtZeroBeforeTheyHappen() {
    metrics.orders().startRejectedAtZero(List.of("not_sent", "venue-2019"));
    metrics.exchange().startErrorsAtZero("main", "POST /fapi/v1/order", List.of("unknown"));

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_orders_rejected_total{reason=\"not_sent\"} 0.0",
            "order_execution_orders_rejected_total{reason=\"venue-2019\"} 0.0",
            "order_execution_exchange_errors_total{account=\"main\",code=\"unknown\","
                + "endpoint=\"POST /fapi/v1/order\"} 0.0");
  }

  @Test
  void latenciesArePublishedAsHistogramBucketsForPercentiles() {
    metrics.orders().recordSubmitLatency(TimeUnit.MICROSECONDS.toNanos(250));
    metrics.orders().recordCancelLatency(TimeUnit.MILLISECONDS.toNanos(2));
    metrics.exchange().recordRequest("main", "POST /fapi/v1/order",
        TimeUnit.MILLISECONDS.toNanos(3));

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_order_submit_latency_seconds_bucket{le=\"",
            "order_execution_order_submit_latency_seconds_count 1",
            "order_execution_order_cancel_latency_seconds_bucket{le=\"",
            "order_execution_exchange_request_latency_seconds_bucket"
                + "{account=\"main\",endpoint=\"POST /fapi/v1/order\"");
  }

  @Test
  void exchangeErrorsAndRateLimitsAreTagged() {
    metrics.exchange().error("main", "POST /fapi/v1/order", "-2019");
    metrics.exchange().error("second", "POST /fapi/v1/order", "429");
    metrics.exchange().rateLimitHit("orders_10s");
    metrics.exchange().trackRateLimitUsage("main", "weight_1m", () -> 0.25);
    metrics.exchange().trackCircuitState("main", () -> 2);

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_exchange_errors_total{account=\"main\",code=\"-2019\","
                + "endpoint=\"POST /fapi/v1/order\"} 1.0",
            "order_execution_exchange_errors_total{account=\"second\",code=\"429\","
                + "endpoint=\"POST /fapi/v1/order\"} 1.0",
            "order_execution_ratelimit_hits_total{limit=\"orders_10s\"} 1.0",
            "order_execution_ratelimit_usage{account=\"main\",limit=\"weight_1m\"} 0.25",
            "order_execution_circuit_state{account=\"main\"} 2.0");
  }

  @Test
  void gaugesReadTheirSuppliersOnEveryScrape() {
    long[] open = {3};
    metrics.orders().trackOpenOrders("SUBMITTED", () -> open[0]);
    metrics.feeds().trackStreamSubscribers(() -> 4);

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_orders_open{state=\"SUBMITTED\"} 3.0",
            "order_execution_stream_subscribers 4.0");
    open[0] = 5;
    assertThat(metrics.registry().scrape())
        .contains("order_execution_orders_open{state=\"SUBMITTED\"} 5.0");
  }

  @Test
  void feedCountersAreExposed() {
    metrics.feeds().cacheHit();
    metrics.feeds().cacheMiss();
    metrics.feeds().eventPublished();
    metrics.feeds().eventFailed();

    assertThat(metrics.registry().scrape())
        .contains(
            "order_execution_cache_hits_total 1.0",
            "order_execution_cache_misses_total 1.0",
            "order_execution_events_published_total 1.0",
            "order_execution_events_failed_total 1.0");
  }

  @Test
  void jvmAndProcessMetricsAreBound() {
    assertThat(metrics.registry().scrape())
        .contains(
            "jvm_memory_used_bytes{",
            "jvm_threads_live_threads",
            "jvm_classes_loaded_classes",
            "jvm_gc_",
            "process_uptime_seconds",
            "process_cpu_usage",
            "system_cpu_count");
  }
}
