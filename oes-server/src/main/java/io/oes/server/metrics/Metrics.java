package io.oes.server.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The gateway's metrics: one Prometheus registry with JVM and process metrics bound, and the
 * recorders the gateway writes to. Create one per gateway and close it on shutdown.
 */
public final class Metrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final JvmHeapPressureMetrics heapPressure = new JvmHeapPressureMetrics();
  private final OrderMetrics orders;
  private final ExchangeMetrics exchange;
  private final FeedMetrics feeds;

  private Metrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    registry
        .config()
        .namingConvention(new KeepSuffixNamingConvention(registry.config().namingConvention()));
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    heapPressure.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    orders = new OrderMetrics(registry);
    exchange = new ExchangeMetrics(registry);
    feeds = new FeedMetrics(registry);
  }

  /** A fresh registry with JVM and process metrics and every application meter registered. */
  public static Metrics create() {
    return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** The registry to scrape (and to bind further meters to, named with {@link MeterNames}). */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public OrderMetrics orders() {
    return orders;
  }

  public ExchangeMetrics exchange() {
    return exchange;
  }

  public FeedMetrics feeds() {
    return feeds;
  }

  @Override
  public void close() {
    gc.close();
    heapPressure.close();
    registry.close();
  }
}
