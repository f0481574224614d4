package io.oes.core.lifecycle;

import static io.oes.core.order.OrderState.CANCELED;
import static io.oes.core.order.OrderState.EXPIRED;
import static io.oes.core.order.OrderState.FILLED;
import static io.oes.core.order.OrderState.NEW;
import static io.oes.core.order.OrderState.PARTIALLY_FILLED;
import static io.oes.core.order.OrderState.REJECTED;
import static io.oes.core.order.OrderState.SUBMITTED;

import io.oes.core.order.OrderState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The allowed transitions. A NEW order may jump straight to any outcome because the exchange's
 * answer can be its final state (a MARKET order comes back FILLED, a fill can overtake the
 * acknowledgement). A state may follow itself where the order still changes (another partial
 * fill, an amended open order).
 */
public final class OrderLifecycle {
  private OrderLifecycle() {}

  /** The states that may follow {@code from}. */
  public static Set<OrderState> successors(OrderState from) {
    return switch (from) {
      case NEW -> EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED);
      case SUBMITTED -> EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);
      case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);
      case FILLED, CANCELED, REJECTED, EXPIRED -> EnumSet.noneOf(OrderState.class);
    };
  }

  public static boolean allows(OrderState from, OrderState to) {
    return successors(from).contains(to);
  }

  /** Fails with both states named when the move is not allowed. */
  public static void check(String orderId, OrderState from, OrderState to) {
    if (!allows(from, to)) {
      throw new IllegalTransitionException(orderId, from, to);
    }
  }

  /** How far along the usual path NEW, SUBMITTED, PARTIALLY_FILLED, final a state lies. */
  static int rank(OrderState state) {
    return switch (state) {
      case NEW -> 0;
      case SUBMITTED -> 1;
      case PARTIALLY_FILLED -> 2;
      case FILLED, CANCELED, REJECTED, EXPIRED -> 3;
    };
  }

  static boolean isBehind(OrderState reported, OrderState current) {
    return rank(reported) < rank(current);
  }
}
