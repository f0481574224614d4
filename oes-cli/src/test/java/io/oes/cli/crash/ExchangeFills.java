package io.oes.cli.crash;

import java.math.BigDecimal;

/** The exchange's trades of one order, summed: quantity, commission and how many. */
record ExchangeFills(BigDecimal quantity, BigDecimal commission, int trades) {
  static final ExchangeFills NONE = new ExchangeFills(BigDecimal.ZERO, BigDecimal.ZERO, 0);

  ExchangeFills plus(BigDecimal tradeQuantity, BigDecimal tradeCommission) {
    return new ExchangeFills(quantity.add(tradeQuantity), commission.add(tradeCommission),
        trades + 1);
  }
}
