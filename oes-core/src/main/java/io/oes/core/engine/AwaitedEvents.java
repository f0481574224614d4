package io.oes.core.engine;

import io.oes.core.order.Order;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * REST answers that wait for the user-data stream's events to explain them: a new order's
 * trades (the answer says how much traded, the trade events which trades, each with the state
 * it brought) and a bulk cancel's cancels (the answer says only "done"). Each wait ends with the
 * first recorded change of its order that explains the answer, or when its owner gives up.
 * Writer only.
 */
final class AwaitedEvents {

  private record Awaited(Predicate<Order> explains, CompletableFuture<Order> explained) {}

  private final Map<String, Awaited> byOrderId = new HashMap<>();

  /** Completes with the order once a recorded change of it satisfies {@code explains}. */
  CompletableFuture<Order> await(String orderId, Predicate<Order> explains) {
    CompletableFuture<Order> explained = new CompletableFuture<>();
    byOrderId.put(orderId, new Awaited(explains, explained));
    return explained;
  }

  /** Every recorded change of an order passes here; one that explains its answer ends the wait. */
  void onRecorded(Order order) {
    if (byOrderId.isEmpty()) {
      return;
    }
    Awaited awaited = byOrderId.get(order.orderId());
    if (awaited != null && awaited.explains().test(order)) {
      byOrderId.remove(order.orderId());
      awaited.explained().complete(order);
    }
  }

  /** Stops waiting for {@code orderId}; whether it was still waiting (nothing explained it). */
  boolean giveUp(String orderId) {
    return byOrderId.remove(orderId) != null;
  }
}
