package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.order.Side;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The exchange's PERCENT_PRICE: a BUY may not be priced above mark × multiplierUp, a SELL not
 * below mark × multiplierDown. The bound is rounded onto the tick grid towards the mark, as the
 * exchange quotes it, so an order at the quoted bound passes. Orders without a limit price, and
 * every order while no mark price is known, are left to the exchange.
 */
final class PercentPricePolicy {

  Optional<Refusal> check(OrderRequest request, SymbolRules rules, BigDecimal markPrice) {
    BigDecimal price = request.price();
    if (price == null || price.signum() == 0 || markPrice == null || markPrice.signum() <= 0) {
      return Optional.empty();
    }
    boolean buy = request.side() == Side.BUY;
    BigDecimal multiplier = buy ? rules.percentPriceUp() : rules.percentPriceDown();
    if (multiplier == null || multiplier.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal bound = onTick(markPrice.multiply(multiplier), rules.tickSize(),
        buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
    int side = price.compareTo(bound);
    if (buy ? side <= 0 : side >= 0) {
      return Optional.empty();
    }
    return Optional.of(Refusal.invalid(request.side() + " price " + Steps.plain(price)
        + (buy ? " above" : " below") + " the exchange's PERCENT_PRICE " + (buy ? "cap " : "floor ")
        + Steps.plain(bound) + " (mark " + Steps.plain(markPrice) + " × "
        + Steps.plain(multiplier) + ") for " + rules.symbol()));
  }

  private static BigDecimal onTick(BigDecimal value, BigDecimal tick, RoundingMode rounding) {
    if (tick == null || tick.signum() == 0) {
      return value;
    }
    return value.divide(tick, 0, rounding).multiply(tick);
  }
}
