package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.util.Optional;

/**
 * The exchange's MAX_NUM_ORDERS: orders open at once on one symbol of the account. A MARKET
 * order never rests, so it is not held to the limit. A refusal is FAILED_PRECONDITION: the same
 * order passes once others have ended.
 */
final class MaxNumOrdersPolicy {

  Optional<Refusal> check(OrderRequest request, SymbolRules rules, int openOnSymbol) {
    int max = rules.maxOpenOrders();
    int withThis = openOnSymbol + 1;
    if (max <= 0 || request.type() == OrderType.MARKET || withThis <= max) {
      return Optional.empty();
    }
    return Optional.of(Refusal.precondition("open orders on " + rules.symbol() + " " + withThis
        + " (this one included) exceed the exchange's MAX_NUM_ORDERS " + max));
  }
}
