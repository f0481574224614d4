package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code max_order_value}: price × quantity in quote currency. An order without a limit price
 * (MARKET, STOP_MARKET) is valued at the mark price; without one it cannot be valued and is
 * refused, since the limit is set and an unchecked order could breach it.
 */
final class MaxOrderValuePolicy implements RiskPolicy {

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    BigDecimal max = check.limits().maxOrderValue();
    if (max == null) {
      return Optional.empty();
    }
    BigDecimal price = RiskRefusals.isPrice(check.request().price())
        ? check.request().price() : check.markPrice();
    if (!RiskRefusals.isPrice(price)) {
      return RiskRefusals.refuse("max_order_value", "no mark price for " + check.symbol()
          + " to value a " + check.request().type() + " order", check.userId());
    }
    BigDecimal value = price.multiply(check.request().quantity());
    if (value.compareTo(max) <= 0) {
      return Optional.empty();
    }
    return RiskRefusals.refuse("max_order_value", "order value " + RiskRefusals.plain(value)
        + " exceeds " + RiskRefusals.plain(max), check.userId());
  }
}
