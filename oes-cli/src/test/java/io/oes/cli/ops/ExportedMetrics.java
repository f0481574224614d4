package io.oes.cli.ops;

import io.oes.server.metrics.Metrics;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The metric names the gateway exports, as Prometheus sees them: every recorder of {@link
 * Metrics} is used once (tagged meters only appear once used), then the registry is scraped.
 */
final class ExportedMetrics {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[ {]",
      Pattern.MULTILINE);

  private ExportedMetrics() {}

  static Set<String> names() {
    try (Metrics metrics = Metrics.create()) {
      metrics.orders().created();
      metrics.orders().filled();
      metrics.orders().partiallyFilled();
      metrics.orders().canceled();
      metrics.orders().rejected("SAMPLE");
      metrics.orders().recordSubmitLatency(1_000_000);
      metrics.orders().recordCancelLatency(1_000_000);
      metrics.orders().trackOpenOrders("SUBMITTED", () -> 1);
      metrics.exchange().recordRequest("main", "POST /fapi/v1/order", 1_000_000);
      metrics.exchange().error("main", "POST /fapi/v1/order", "429");
      metrics.exchange().rateLimitHit("orders_10s");
      metrics.exchange().trackRateLimitUsage("main", "orders_10s", () -> 0.5);
      metrics.exchange().trackCircuitState("main", () -> 0);
      metrics.feeds().cacheHit();
      metrics.feeds().cacheMiss();
      metrics.feeds().eventPublished();
      metrics.feeds().eventFailed();
      metrics.feeds().trackEventLag(() -> 0);
      metrics.feeds().trackStreamSubscribers(() -> 0);
      String scrape = metrics.registry().scrape();
      Matcher sample = SAMPLE.matcher(scrape);
      return sample.results().map(m -> m.group(1)).collect(Collectors.toUnmodifiableSet());
    }
  }

  /** Every {@code order_execution_*} name in a PromQL text. */
  static Set<String> namesIn(String promQl) {
    return Pattern.compile("order_execution_[a-zA-Z0-9_]+").matcher(promQl).results()
        .map(m -> m.group()).collect(Collectors.toUnmodifiableSet());
  }
}
