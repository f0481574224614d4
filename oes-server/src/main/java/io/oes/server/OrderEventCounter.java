package io.oes.server;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import io.oes.server.metrics.OrderMetrics;

/** Counts order outcomes from the feed, so every path to an outcome is counted once. */
final class OrderEventCounter implements FeedListener {
  private final OrderMetrics metrics;

  OrderEventCounter(OrderMetrics metrics) {
    this.metrics = metrics;
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
