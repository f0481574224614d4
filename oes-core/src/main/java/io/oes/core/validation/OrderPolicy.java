package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.util.Optional;

/** One pre-trade rule. Pure: the same request and rules always give the same verdict. */
@FunctionalInterface
public interface OrderPolicy {

  /** Empty when the request passes; otherwise the refusal naming field, value and rule. */
  Optional<Refusal> check(OrderRequest request, SymbolRules rules);
}
