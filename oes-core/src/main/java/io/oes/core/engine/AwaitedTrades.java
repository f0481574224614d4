package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Answers to new orders that wait for the user-data stream's trade events to explain them.
 *
 * <p>The REST answer to a new order says how much of it traded but not in which trades; the
 * trade events do, each with the state it brought. Applied as it comes, an answer that is
 * faster than its trade events would move the order to FILLED with no fill, and the fill would
 * follow as a separate update. Such an answer is applied as an acknowledgement only, and the
 * order's fill progress is left to the trade events (see {@link Submissions}). Writer only.
 */
final class AwaitedTrades {

  private record Awaited(ExecutionReport answer, CompletableFuture<Order> explained) {}

  private final Map<String, Awaited> byOrderId = new HashMap<>();

  /** Whether {@code answer} reports trades {@code order} has not had, and brings none itself. */
  static boolean unexplained(Order order, ExecutionReport answer) {
    return answer.lastFill() == null
        && answer.executedQuantity().compareTo(order.filledQuantity()) > 0;
  }

  /** {@code answer} without its fill progress: the exchange has the order, open. */
  static ExecutionReport acknowledgementOf(ExecutionReport answer, Order order) {
    return new ExecutionReport(answer.exchangeOrderId(), answer.exchangeClientId(),
        answer.symbol(), OrderState.SUBMITTED, order.filledQuantity(), order.averagePrice(), null,
        answer.updateTime(), null, answer.terms());
  }

  /** Completes with the order once recorded changes explain {@code answer}. */
  CompletableFuture<Order> await(Order order, ExecutionReport answer) {
    CompletableFuture<Order> explained = new CompletableFuture<>();
    byOrderId.put(order.orderId(), new Awaited(answer, explained));
    return explained;
  }

  /** Every recorded change of an order passes here; one that explains its answer ends the wait. */
  void onRecorded(Order order) {
    if (byOrderId.isEmpty()) {
      return;
    }
    Awaited awaited = byOrderId.get(order.orderId());
    if (awaited != null && explains(order, awaited.answer())) {
      byOrderId.remove(order.orderId());
      awaited.explained().complete(order);
    }
  }

  /** Stops waiting for {@code orderId}; the answer still unexplained, if it was. */
  Optional<ExecutionReport> giveUp(String orderId) {
    return Optional.ofNullable(byOrderId.remove(orderId)).map(Awaited::answer);
  }

  private static boolean explains(Order order, ExecutionReport answer) {
    if (order.state().isFinal()) {
      return true;
    }
    return !answer.state().isFinal()
        && order.filledQuantity().compareTo(answer.executedQuantity()) >= 0;
  }
}
