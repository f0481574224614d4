package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The exchange's MIN_NOTIONAL for orders with a limit price: price × quantity must reach it.
 * Reduce-only orders are exempt, as on Binance, so small positions can always be closed.
 * Market orders are priced by the exchange at the mark price and are left to it.
 */
final class MinNotionalPolicy implements OrderPolicy {

  @Override
  public Optional<Refusal> check(OrderRequest request, SymbolRules rules) {
    BigDecimal min = rules.minNotional();
    if (request.reduceOnly() || min == null || min.signum() == 0 || request.price() == null
        || request.price().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal notional = request.price().multiply(request.quantity());
    if (notional.compareTo(min) >= 0) {
      return Optional.empty();
    }
    return Optional.of(Refusal.invalid("notional " + Steps.plain(notional) + " (price "
        + Steps.plain(request.price()) + " × quantity " + Steps.plain(request.quantity())
        + ") below minimum " + Steps.plain(min) + " for " + rules.symbol()));
  }
}
