package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * MIN_NOTIONAL: price × quantity must reach the symbol's minimum (-4164); a MARKET order is valued
 * at the mark price. Reduce-only orders, and orders closing a hedge-mode side, are exempt, so small
 * positions can always be closed.
 */
final class MinNotionalFilter implements OrderFilter {

  @Override
  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    if (order.reducesOnly()) {
      return Optional.empty();
    }
    BigDecimal notional = order.price().orElse(markPrice).multiply(order.quantity());
    return notional.compareTo(rules.minNotional()) < 0
        ? Optional.of(Rejections.notionalTooSmall(rules.minNotional()))
        : Optional.empty();
  }
}
