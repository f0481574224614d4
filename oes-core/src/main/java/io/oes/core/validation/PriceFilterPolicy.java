package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.util.Optional;

/** The exchange's PRICE_FILTER for the limit price and the stop price: bounds and tick. */
final class PriceFilterPolicy implements OrderPolicy {

  @Override
  public Optional<Refusal> check(OrderRequest request, SymbolRules rules) {
    return checkPrice("price", request.price(), rules)
        .or(() -> checkPrice("stop_price", request.stopPrice(), rules));
  }

  private static Optional<Refusal> checkPrice(String field, BigDecimal price, SymbolRules rules) {
    if (price == null || price.signum() == 0) {
      return Optional.empty();
    }
    return Steps.checkGrid(field, price, rules.minPrice(), rules.maxPrice(), rules.tickSize(),
        "tick size", rules.symbol());
  }
}
