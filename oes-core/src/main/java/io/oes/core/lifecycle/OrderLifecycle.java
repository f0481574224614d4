package io.oes.core.lifecycle;

import static io.oes.core.order.OrderState.CANCELED;
import static io.oes.core.order.OrderState.EXPIRED;
import static io.oes.core.order.OrderState.FILLED;
import static io.oes.core.order.OrderState.NEW;
import static io.oes.core.order.OrderState.PARTIALLY_FILLED;
import static io.oes.core.order.OrderState.REJECTED;
import static io.oes.core.order.OrderState.SUBMITTED;
import static io.oes.core.order.OrderState.UNKNOWN;

import io.oes.core.order.OrderState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The allowed transitions. A NEW order may jump straight to any outcome because the exchange's
 * answer can be its final state (a MARKET order comes back FILLED, a fill can overtake the
 * acknowledgement); an UNKNOWN one likewise, once the exchange says how it stands. A state may
 * follow itself where the order still changes (another partial fill, an amended open order).
 *
 * <p>One more row, kept apart because it is the only way out of a final state: an order oes
 * settled REJECTED without the exchange's word (it was not found while its request could still
 * arrive, or it was never sent) may turn out to have reached the exchange after all; the
 * exchange's report is then the truth ({@link #lateSuccessors}).
 */
public final class OrderLifecycle {
  private OrderLifecycle() {}

  /** The states that may follow {@code from}. */
  public static Set<OrderState> successors(OrderState from) {
    return switch (from) {
      case NEW ->
          EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, UNKNOWN);
      case UNKNOWN -> EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED);
      case SUBMITTED -> EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);
      case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);
      case FILLED, CANCELED, REJECTED, EXPIRED -> EnumSet.noneOf(OrderState.class);
    };
  }

  /**
   * The states an exchange report may move {@code from} to when oes settled the order without
   * the exchange's word and the exchange then reports it after all.
   */
  public static Set<OrderState> lateSuccessors(OrderState from) {
    return from == REJECTED
        ? EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED)
        : EnumSet.noneOf(OrderState.class);
  }

  /** Fails with both states named when the late move is not allowed. */
  public static void checkLate(String orderId, OrderState from, OrderState to) {
    if (!lateSuccessors(from).contains(to)) {
      throw new IllegalTransitionException(orderId, from, to);
    }
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
      case NEW, UNKNOWN -> 0;
      case SUBMITTED -> 1;
      case PARTIALLY_FILLED -> 2;
      case FILLED, CANCELED, REJECTED, EXPIRED -> 3;
    };
  }

  static boolean isBehind(OrderState reported, OrderState current) {
    return rank(reported) < rank(current);
  }
}
