package io.oes.server.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;

/**
 * Prometheus naming that keeps application counter names whole. The Prometheus client drops
 * suffixes it reserves for itself, such as {@code _created}, so {@code
 * order_execution.orders.created} would be exposed as {@code order_execution_orders_total};
 * b25's dashboards query {@code order_execution_orders_created_total}, the name its Go service
 * exposed. Every other meter is named as the registry's own convention names it.
 */
final class KeepSuffixNamingConvention implements NamingConvention {

  private static final String TOTAL = "_total";

  private final NamingConvention delegate;

  KeepSuffixNamingConvention(NamingConvention delegate) {
    this.delegate = delegate;
  }

  @Override
  public String name(String name, Meter.Type type, String baseUnit) {
    if (type != Meter.Type.COUNTER || !name.startsWith(MeterNames.PREFIX)) {
      return delegate.name(name, type, baseUnit);
    }
    String prometheusName = PrometheusNaming.prometheusName(name.replace('.', '_'));
    // The exposition adds "_total" to every counter; a name that already has it would get two.
    return prometheusName.endsWith(TOTAL)
        ? prometheusName.substring(0, prometheusName.length() - TOTAL.length())
        : prometheusName;
  }

  @Override
  public String tagKey(String key) {
    return delegate.tagKey(key);
  }
}
