/**
 * Prometheus metrics: {@link io.oes.server.metrics.Metrics} owns the registry (with JVM and
 * process metrics) and hands out small recorders for orders, the exchange and the update feeds.
 * Every application meter is named {@code order_execution_*}, the prefix b25's dashboards use.
 */
package io.oes.server.metrics;
