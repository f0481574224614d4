package io.oes.core.lifecycle;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves an order by an exchange report, idempotently: a report that is stale (less filled, or
 * an earlier state than the order already has) or identical changes nothing.
 */
public final class ReportApplier {
  private ReportApplier() {}

  /** The change {@code report} brings to {@code order}, if any. */
  public static Optional<Transition> apply(Order order, ExecutionReport report, Instant now) {
    OrderState current = order.state();
    OrderState reported = report.state();
    if (current.isFinal() || isStale(order, report)) {
      return Optional.empty();
    }
    boolean moreFilled = report.executedQuantity().compareTo(order.filledQuantity()) > 0;
    boolean stateChanged = reported != current;
    boolean firstAck = order.exchangeOrderId() == null && report.exchangeOrderId() != null;
    if (!moreFilled && !stateChanged && !firstAck) {
      return Optional.empty();
    }
    OrderLifecycle.check(order.orderId(), current, reported);
    Order next =
        order
            .withExecution(
                report.executedQuantity().max(order.filledQuantity()),
                moreFilled ? report.averagePrice() : order.averagePrice(),
                report.exchangeOrderId(),
                now)
            .withState(reported, now);
    if (report.reason() != null && (reported == OrderState.REJECTED || reported == OrderState.EXPIRED)) {
      next = next.withRejectReason(report.reason());
    }
    return Optional.of(new Transition(next, typeOf(reported)));
  }

  private static boolean isStale(Order order, ExecutionReport report) {
    if (report.executedQuantity().compareTo(order.filledQuantity()) < 0) {
      return true;
    }
    return OrderLifecycle.isBehind(report.state(), order.state());
  }

  /** The b25 word for arriving in {@code state}. */
  public static UpdateType typeOf(OrderState state) {
    return switch (state) {
      case NEW -> UpdateType.CREATED;
      case SUBMITTED -> UpdateType.SUBMITTED;
      case PARTIALLY_FILLED -> UpdateType.PARTIALLY_FILLED;
      case FILLED -> UpdateType.FILLED;
      case CANCELED -> UpdateType.CANCELED;
      case REJECTED -> UpdateType.REJECTED;
      case EXPIRED -> UpdateType.EXPIRED;
    };
  }
}
