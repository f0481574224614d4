package io.oes.server;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import io.oes.server.metrics.OrderMetrics;
import java.util.ArrayList;
import java.util.List;

/** Counts order outcomes from the feed, so every path to an outcome is counted once. */
final class OrderEventCounter implements FeedListener {
  private final OrderMetrics metrics;

  /**
   * Binance's codes for a refused new order (-1013 filter failure, -1111 precision, -2010, -2019
   * margin, -2021 would trigger at once, -2022 and -4118 reduce-only, -2025 open orders, -4003
   * to -4024 quantity and price filters, -4116 duplicate id, -4131 and -4164 market price and
   * notional, -5021 FOK, -5022 GTX).
   */
  private static final List<Integer> ORDER_REFUSAL_CODES = List.of(-1013, -1111, -2010, -2019,
      -2021, -2022, -2025, -4003, -4004, -4005, -4013, -4014, -4016, -4023, -4024, -4116, -4118,
      -4131, -4164, -5021, -5022);

  OrderEventCounter(OrderMetrics metrics) {
    this.metrics = metrics;
    metrics.startRejectedAtZero(knownReasonCodes());
  }

  /**
   * Every {@link #reasonCode} known up front: the gateway's own and Binance's documented order
   * refusals. Each series exists, at 0, from the first scrape, so alerts and dashboards see it.
   */
  static List<String> knownReasonCodes() {
    List<String> codes = new ArrayList<>(List.of("unknown", "not_sent", "never_reached_exchange",
        "other"));
    ORDER_REFUSAL_CODES.forEach(code -> codes.add("venue" + code));
    return codes;
  }

  @Override
  public void onEvent(OrderEvent event) {
    if (event.fill() != null) {
      metrics.fill(event.fill().maker());
    }
    switch (event.type()) {
      case CREATED -> metrics.created();
      case FILLED -> metrics.filled();
      case PARTIALLY_FILLED -> metrics.partiallyFilled();
      case CANCELED -> metrics.canceled();
      case REJECTED -> metrics.rejected(reasonCode(event.order().rejectReason()));
      case UNKNOWN -> metrics.unknownOutcome();
      case SUBMITTED, UPDATED, EXPIRED -> { }
    }
  }

  /** A stable, low-cardinality label: the venue code when there is one. */
  static String reasonCode(String reason) {
    if (reason == null) {
      return "unknown";
    }
    int code = reason.indexOf("(code ");
    if (code >= 0) {
      int end = reason.indexOf(')', code);
      return "venue" + reason.substring(code + 6, end < 0 ? reason.length() : end).trim();
    }
    if (reason.startsWith("not sent")) {
      return "not_sent";
    }
    return reason.startsWith("never reached the exchange") ? "never_reached_exchange" : "other";
  }
}
