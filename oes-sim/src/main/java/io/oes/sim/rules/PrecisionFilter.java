package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * -1111 when a price or quantity carries more decimals than the symbol's {@code pricePrecision}
 * or {@code quantityPrecision}; trailing zeros do not count. An off-tick price with an allowed
 * number of decimals is left to the tick check (-4014).
 */
final class PrecisionFilter implements OrderFilter {

  @Override
  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    boolean quantityTooPrecise = decimals(order.quantity()) > rules.quantityPrecision();
    boolean priceTooPrecise =
        order.price().map(price -> decimals(price) > rules.pricePrecision()).orElse(false);
    return quantityTooPrecise || priceTooPrecise
        ? Optional.of(Rejections.badPrecision())
        : Optional.empty();
  }

  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
