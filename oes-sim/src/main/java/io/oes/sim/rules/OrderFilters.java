package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.rejection.Rejection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The symbol filters in the order they are checked; the first refusal wins. */
public final class OrderFilters {
  private final List<OrderFilter> filters;

  public OrderFilters(List<OrderFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** Precision, quantity bounds and step, price bounds and tick, price band, minimum notional. */
  public static OrderFilters binanceDefaults() {
    return new OrderFilters(
        List.of(
            new PrecisionFilter(),
            new LotSizeFilter(),
            new PriceRangeFilter(),
            new PercentPriceFilter(),
            new MinNotionalFilter()));
  }

  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    for (OrderFilter filter : filters) {
      Optional<Rejection> verdict = filter.check(order, rules, markPrice);
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    return Optional.empty();
  }
}
