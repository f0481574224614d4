package io.oes.server.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.oes.server.metrics.MeterNames;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The charts' data: once a second, how many CreateOrder calls were answered and their p50/p99,
 * and the p50/p99 of the orders sent to the exchange, for the last {@link #KEPT_SECONDS}.
 * Read from the same timers {@code /metrics} exposes, so the page and Prometheus agree.
 *
 * <p>Not thread-safe: the dashboard's thread samples and reads it.
 */
final class LatencyHistory {
  /** Five minutes of one-second points. */
  static final int KEPT_SECONDS = 300;
  /** The exchange endpoint an order placement goes to (tag of the exchange request timer). */
  static final String ORDER_ENDPOINT = "POST /fapi/v1/order";

  private final TimerWindow creates;
  private final TimerWindow exchangeOrders;
  private final Deque<Point> points = new ArrayDeque<>();

  LatencyHistory(MeterRegistry registry) {
    this.creates = new TimerWindow(registry,
        r -> r.find(MeterNames.name("order.submit.latency")));
    this.exchangeOrders = new TimerWindow(registry,
        r -> r.find(MeterNames.name("exchange.request.latency")).tag("endpoint", ORDER_ENDPOINT));
    // what happened before the first look belongs to no second of the chart
    creates.next();
    exchangeOrders.next();
  }

  /** Closes the second ending at {@code now} and returns its point. */
  Point sample(Instant now) {
    TimerWindow.Interval create = creates.next();
    TimerWindow.Interval exchange = exchangeOrders.next();
    Point point = new Point(now.getEpochSecond(), create.count(), create.p50Ms(),
        create.p99Ms(), exchange.p50Ms(), exchange.p99Ms());
    points.addLast(point);
    while (points.size() > KEPT_SECONDS) {
      points.removeFirst();
    }
    return point;
  }

  List<Point> points() {
    return List.copyOf(points);
  }

  /**
   * One second of the charts; a latency is null when nothing was timed in that second.
   *
   * @param epochSecond the second's end
   * @param creates CreateOrder calls answered in it
   */
  record Point(long epochSecond, long creates, Double createP50Ms, Double createP99Ms,
      Double exchangeP50Ms, Double exchangeP99Ms) {}
}
