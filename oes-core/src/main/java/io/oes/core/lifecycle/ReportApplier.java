package io.oes.core.lifecycle;

import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves an order by an exchange report, idempotently: a report that is stale (less filled, or
 * an earlier state than the order already has) or identical changes nothing. A report of an
 * order oes settled REJECTED without the exchange's word is always applied: the exchange has
 * it after all ({@link LifecycleEvent.ReportedLate}).
 */
public final class ReportApplier {
  private ReportApplier() {}

  /** The change {@code report} brings to {@code order}, if any. */
  public static Optional<Transition> apply(Order order, ExecutionReport report, Instant now) {
    OrderState current = order.state();
    OrderState reported = report.state();
    boolean late = isLate(order, report);
    if (!late && (current.isFinal() || isStale(order, report))) {
      return Optional.empty();
    }
    boolean moreFilled = report.executedQuantity().compareTo(order.filledQuantity()) > 0;
    boolean stateChanged = reported != current;
    boolean firstAck = order.exchangeOrderId() == null && report.exchangeOrderId() != null;
    if (!moreFilled && !stateChanged && !firstAck) {
      return Optional.empty();
    }
    LifecycleEvent event = late ? new LifecycleEvent.ReportedLate(reported)
        : new LifecycleEvent.Reported(reported);
    OrderLifecycle.next(order.orderId(), current, event);
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
    } else if (late || current == OrderState.UNKNOWN) {
      // the exchange has spoken: why the order was unknown, or settled alone, no longer holds
      next = next.withRejectReason(null);
    }
    return Optional.of(new Transition(next, event));
  }

  /** Settled REJECTED by oes alone, and now reported by the exchange that has it. */
  private static boolean isLate(Order order, ExecutionReport report) {
    return order.state() == OrderState.REJECTED && order.exchangeOrderId() == null
        && report.exchangeOrderId() != null && report.state() != OrderState.REJECTED;
  }

  private static boolean isStale(Order order, ExecutionReport report) {
    if (report.executedQuantity().compareTo(order.filledQuantity()) < 0) {
      return true;
    }
    return OrderLifecycle.isBehind(report.state(), order.state());
  }
}
