package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.util.Optional;

/**
 * The exchange's LOT_SIZE (or MARKET_LOT_SIZE for market orders) for the quantity: positive,
 * within bounds, on the step grid.
 */
final class LotSizePolicy implements OrderPolicy {

  @Override
  public Optional<Refusal> check(OrderRequest request, SymbolRules rules) {
    if (request.quantity() == null || request.quantity().signum() <= 0) {
      return Optional.of(Refusal.invalid("quantity " + (request.quantity() == null ? "0"
          : request.quantity().toPlainString()) + " must be positive"));
    }
    boolean market = request.type() == OrderType.MARKET || request.type() == OrderType.STOP_MARKET;
    if (market && rules.marketStepSize() != null) {
      return Steps.checkGrid("quantity", request.quantity(), rules.marketMinQty(),
          rules.marketMaxQty(), rules.marketStepSize(), "step size", rules.symbol());
    }
    return Steps.checkGrid("quantity", request.quantity(), rules.minQty(), rules.maxQty(),
        rules.stepSize(), "step size", rules.symbol());
  }
}
