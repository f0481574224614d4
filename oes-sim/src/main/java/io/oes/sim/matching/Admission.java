package io.oes.sim.matching;

import io.oes.sim.margin.MarginCheck;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.OrderFilters;
import io.oes.sim.rules.SymbolRules;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a new order may enter the book, checked against the symbol's filters and the book's
 * state: client id unique among open orders (-4116), open-order limit (-2025), GTD expiry window
 * (-5040), reduce-only that would not reduce (-2022), post-only that would take (-5022),
 * fill-or-kill that cannot fill (-5021) against the ladder and the users' orders, and last the
 * account's margin (-2027, -2019, see {@link MarginCheck}). Runs under
 * the symbol's lock, so the verdict holds when the order is then placed.
 */
final class Admission {
  /** A GTD order must live at least this long. */
  private static final long MIN_GTD_LIFETIME_MILLIS = 600_000;
  /** 9999-12-31T23:59:59Z, the latest goodTillDate Binance accepts (exclusive). */
  private static final long MAX_GTD_MILLIS = 253402300799000L;

  private final SymbolRules rules;
  private final OrderFilters filters;
  private final ReduceOnlyGuard reduceOnly;
  private final MarginCheck margin;

  Admission(SymbolRules rules, OrderFilters filters, ReduceOnlyGuard reduceOnly,
      MarginCheck margin) {
    this.rules = rules;
    this.filters = filters;
    this.reduceOnly = reduceOnly;
    this.margin = margin;
  }

  Optional<Rejection> check(NewOrder order, OrderRegistry registry, Liquidity liquidity,
      BigDecimal markPrice, long nowMillis) {
    return filters.check(order, rules, markPrice)
        .or(() -> checkClientOrderId(order, registry))
        .or(() -> checkOpenOrderLimit(order, registry))
        .or(() -> checkGoodTillDate(order, nowMillis))
        .or(() -> checkReduceOnly(order))
        .or(() -> checkTimeInForce(order, liquidity))
        .or(() -> margin.check(order, markPrice, rules.quoteAsset()));
  }

  private Optional<Rejection> checkReduceOnly(NewOrder order) {
    boolean refused = order.reducesOnly() && reduceOnly.reducible(order.accountId(),
        order.side(), order.positionSide()).signum() == 0;
    return refused ? Optional.of(Rejections.reduceOnlyRejected()) : Optional.empty();
  }

  private static Optional<Rejection> checkClientOrderId(NewOrder order, OrderRegistry registry) {
    return order.clientOrderId()
        .filter(id -> registry.hasOpenClientOrderId(order.accountId(), id))
        .map(id -> Rejections.duplicatedClientOrderId());
  }

  private Optional<Rejection> checkOpenOrderLimit(NewOrder order, OrderRegistry registry) {
    boolean mayRest = order.type() == OrderType.LIMIT;
    return mayRest && registry.openCount(order.accountId()) >= rules.maxNumOrders()
        ? Optional.of(Rejections.maxOpenOrdersReached())
        : Optional.empty();
  }

  private static Optional<Rejection> checkGoodTillDate(NewOrder order, long nowMillis) {
    if (order.timeInForce() != TimeInForce.GTD) {
      return Optional.empty();
    }
    long gtd = order.goodTillDateMillis();
    boolean valid = gtd > nowMillis + MIN_GTD_LIFETIME_MILLIS && gtd < MAX_GTD_MILLIS;
    return valid ? Optional.empty() : Optional.of(Rejections.invalidGoodTillDate());
  }

  private static Optional<Rejection> checkTimeInForce(NewOrder order, Liquidity liquidity) {
    if (order.type() != OrderType.LIMIT) {
      return Optional.empty();
    }
    BigDecimal price = order.price().orElseThrow();
    if (order.timeInForce() == TimeInForce.GTX && liquidity.crosses(order.side(), price)) {
      return Optional.of(Rejections.postOnlyWouldTake());
    }
    if (order.timeInForce() == TimeInForce.FOK
        && liquidity.available(order.side(), order.price()).compareTo(order.quantity()) < 0) {
      return Optional.of(Rejections.fillOrKillUnfillable());
    }
    return Optional.empty();
  }
}
