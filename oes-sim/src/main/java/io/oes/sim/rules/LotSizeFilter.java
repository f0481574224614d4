package io.oes.sim.rules;

import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderType;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules.LotSize;
import java.math.BigDecimal;
import java.util.Optional;

/** LOT_SIZE for LIMIT orders, MARKET_LOT_SIZE for MARKET orders: -4003, -4004, -4005, -4023. */
final class LotSizeFilter implements OrderFilter {

  @Override
  public Optional<Rejection> check(NewOrder order, SymbolRules rules, BigDecimal markPrice) {
    LotSize lot = order.type() == OrderType.MARKET ? rules.marketLotSize() : rules.lotSize();
    BigDecimal quantity = order.quantity();
    if (quantity.signum() <= 0) {
      return Optional.of(Rejections.quantityNotPositive());
    }
    if (lot.minQty().signum() > 0 && quantity.compareTo(lot.minQty()) < 0) {
      return Optional.of(Rejections.quantityBelowMinimum());
    }
    if (lot.maxQty().signum() > 0 && quantity.compareTo(lot.maxQty()) > 0) {
      return Optional.of(Rejections.quantityAboveMaximum());
    }
    if (!Multiples.onGrid(quantity, lot.minQty(), lot.stepSize())) {
      return Optional.of(Rejections.quantityNotOnStep());
    }
    return Optional.empty();
  }
}
