package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules.PriceFilter;
import java.math.BigDecimal;
import java.util.Optional;

/** PRICE_FILTER for orders that carry a price: -4013, -4002, -4014. */
final class PriceRangeFilter implements OrderFilter {

  @Override
  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    return order.price().flatMap(price -> checkPrice(price, rules.priceFilter()));
  }

  private static Optional<Rejection> checkPrice(BigDecimal price, PriceFilter filter) {
    if (price.signum() <= 0
        || filter.minPrice().signum() > 0 && price.compareTo(filter.minPrice()) < 0) {
      return Optional.of(Rejections.priceBelowMinimum());
    }
    if (filter.maxPrice().signum() > 0 && price.compareTo(filter.maxPrice()) > 0) {
      return Optional.of(Rejections.priceAboveMaximum());
    }
    if (!Multiples.onGrid(price, filter.minPrice(), filter.tickSize())) {
      return Optional.of(Rejections.priceNotOnTick());
    }
    return Optional.empty();
  }
}
