package io.oes.core.lifecycle;

import static io.oes.core.order.OrderState.CANCELED;
import static io.oes.core.order.OrderState.EXPIRED;
import static io.oes.core.order.OrderState.FILLED;
import static io.oes.core.order.OrderState.NEW;
import static io.oes.core.order.OrderState.PARTIALLY_FILLED;
import static io.oes.core.order.OrderState.REJECTED;
import static io.oes.core.order.OrderState.SUBMITTED;
import static io.oes.core.order.OrderState.UNKNOWN;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.OrderState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle as one table: for each state and {@link LifecycleEvent}, the states the event
 * may lead to. Every change of an order is checked against it ({@link #next}); a pair it does
 * not hold is a bug, never a venue answer.
 *
 * <p>A NEW order may jump straight to any outcome the exchange reports, because its answer can
 * be its final state (a MARKET order comes back FILLED, a fill can overtake the
 * acknowledgement); an UNKNOWN one likewise, once the exchange says how it stands. A state may
 * follow itself where the order still changes (another partial fill, an amended open order). The
 * only way out of a final state is {@link LifecycleEvent.ReportedLate}: an order oes settled
 * REJECTED without the exchange's word, which the exchange then reports.
 */
public final class OrderLifecycle {
  private static final Set<OrderState> NONE = EnumSet.noneOf(OrderState.class);
  private static final Set<OrderState> ANY_OUTCOME =
      EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED);
  private static final Set<OrderState> ACKNOWLEDGED_OUTCOME =
      EnumSet.of(SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);

  private OrderLifecycle() {}

  /** The states {@code event} may lead to from {@code from}: the table, one row per pair. */
  public static Set<OrderState> targets(OrderState from, LifecycleEvent event) {
    return switch (event) {
      case LifecycleEvent.Admitted admitted -> NONE;
      case LifecycleEvent.Reported reported -> switch (from) {
        case NEW, UNKNOWN -> ANY_OUTCOME;
        case SUBMITTED -> ACKNOWLEDGED_OUTCOME;
        case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED);
        case FILLED, CANCELED, REJECTED, EXPIRED -> NONE;
      };
      case LifecycleEvent.ReportedLate late -> from == REJECTED ? ACKNOWLEDGED_OUTCOME : NONE;
      case LifecycleEvent.OutcomeLost lost -> from == NEW ? EnumSet.of(UNKNOWN) : NONE;
      case LifecycleEvent.NotSent notSent -> from == NEW ? EnumSet.of(REJECTED) : NONE;
      case LifecycleEvent.NeverArrived never ->
          from == NEW || from == UNKNOWN ? EnumSet.of(REJECTED) : NONE;
      case LifecycleEvent.Amended amended ->
          from == SUBMITTED || from == PARTIALLY_FILLED ? EnumSet.of(from) : NONE;
      case LifecycleEvent.TradeApplied trade -> EnumSet.of(from);
    };
  }

  /**
   * The state {@code event} leads to from {@code from} ({@code null}: the order has no state
   * yet, only {@link LifecycleEvent.Admitted} may happen); fails with the order, both states
   * and the event named when the table does not hold the pair.
   */
  public static OrderState next(String orderId, OrderState from, LifecycleEvent event) {
    OrderState to = target(from, event);
    boolean allowed = from == null ? event instanceof LifecycleEvent.Admitted
        : targets(from, event).contains(to);
    if (!allowed) {
      throw new IllegalTransitionException(orderId, from, to, event);
    }
    return to;
  }

  /** The state {@code event} leads to from {@code from}, allowed or not. */
  private static OrderState target(OrderState from, LifecycleEvent event) {
    return switch (event) {
      case LifecycleEvent.Admitted admitted -> NEW;
      case LifecycleEvent.Reported reported -> reported.state();
      case LifecycleEvent.ReportedLate late -> late.state();
      case LifecycleEvent.OutcomeLost lost -> UNKNOWN;
      case LifecycleEvent.NotSent notSent -> REJECTED;
      case LifecycleEvent.NeverArrived never -> REJECTED;
      case LifecycleEvent.Amended amended -> from;
      case LifecycleEvent.TradeApplied trade -> from;
    };
  }

  /**
   * What the change {@code event} made, leading to {@code to}, is called downstream (b25's
   * {@code update_type}): arrival in the new state, or UPDATED when the state stays.
   */
  public static UpdateType updateType(LifecycleEvent event, OrderState to) {
    return switch (event) {
      case LifecycleEvent.Amended amended -> UpdateType.UPDATED;
      case LifecycleEvent.TradeApplied trade -> UpdateType.UPDATED;
      default -> arrivalIn(to);
    };
  }

  /** The b25 word for arriving in {@code state}. */
  private static UpdateType arrivalIn(OrderState state) {
    return switch (state) {
      case NEW -> UpdateType.CREATED;
      case SUBMITTED -> UpdateType.SUBMITTED;
      case PARTIALLY_FILLED -> UpdateType.PARTIALLY_FILLED;
      case FILLED -> UpdateType.FILLED;
      case CANCELED -> UpdateType.CANCELED;
      case REJECTED -> UpdateType.REJECTED;
      case EXPIRED -> UpdateType.EXPIRED;
      case UNKNOWN -> UpdateType.UNKNOWN;
    };
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
