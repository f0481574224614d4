package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.rejection.Rejection;
import java.math.BigDecimal;
import java.util.Optional;

/** One exchange filter applied to a new order: empty when the order passes, else the refusal. */
@FunctionalInterface
public interface OrderFilter {

  /**
   * @param markPrice the symbol's current mark price, used by MARKET notional and PERCENT_PRICE
   */
  Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice);
}
