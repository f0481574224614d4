package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.order.Side;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * PERCENT_PRICE: a BUY limit may not exceed mark × multiplierUp (-4016), a SELL limit may not go
 * below mark × multiplierDown (-4024). The bound quoted in the message is rounded onto the tick
 * grid towards the mark price, the tightest price that is still allowed.
 */
final class PercentPriceFilter implements OrderFilter {

  @Override
  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    if (order.price().isEmpty() || markPrice.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal price = order.price().get();
    BigDecimal tick = rules.tickSize();
    if (order.side() == Side.BUY) {
      BigDecimal cap = onTick(markPrice.multiply(rules.percentPrice().multiplierUp()), tick,
          RoundingMode.FLOOR);
      return price.compareTo(cap) > 0 ? Optional.of(Rejections.priceAboveCap(cap))
          : Optional.empty();
    }
    BigDecimal floor = onTick(markPrice.multiply(rules.percentPrice().multiplierDown()), tick,
        RoundingMode.CEILING);
    return price.compareTo(floor) < 0 ? Optional.of(Rejections.priceBelowFloor(floor))
        : Optional.empty();
  }

  private static BigDecimal onTick(BigDecimal value, BigDecimal tick, RoundingMode rounding) {
    return value.divide(tick, 0, rounding).multiply(tick);
  }
}
