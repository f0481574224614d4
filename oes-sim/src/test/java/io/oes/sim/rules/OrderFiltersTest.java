package io.oes.sim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.ResponseType;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rules.SymbolRules.LotSize;
import io.oes.sim.rules.SymbolRules.PercentPrice;
import io.oes.sim.rules.SymbolRules.PriceFilter;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderFiltersTest {
  /** A symbol whose grids are coarser than its precisions, so every filter can be reached. */
  private static final SymbolRules COARSE = new SymbolRules("COARSEUSDT", "COARSE", "USDT", 2, 3,
      0, "0.0500", "0.012500", "0.05",
      new PriceFilter(new BigDecimal("1.00"), new BigDecimal("1000"), new BigDecimal("0.50")),
      new LotSize(new BigDecimal("0.010"), new BigDecimal("100"), new BigDecimal("0.005")),
      new LotSize(new BigDecimal("0.010"), new BigDecimal("10"), new BigDecimal("0.005")),
      200, 10, new BigDecimal("5"),
      new PercentPrice(new BigDecimal("1.1000"), new BigDecimal("0.9000"), 4));
  private static final BigDecimal MARK = new BigDecimal("100");

  @ParameterizedTest(name = "{0} {1} {2} @ {3} -> {5}")
  @CsvSource(nullValues = "-", value = {
      "BUY,  LIMIT,  1.000,   100.00, false, 0",
      "BUY,  LIMIT,  1.0001,  100.00, false, -1111",
      "BUY,  LIMIT,  1.000,   100.001, false, -1111",
      "BUY,  LIMIT,  0,       100.00, false, -4003",
      "BUY,  LIMIT,  0.005,   100.00, false, -4004",
      "BUY,  LIMIT,  100.005, 100.00, false, -4005",
      "BUY,  LIMIT,  1.002,   100.00, false, -4023",
      "BUY,  LIMIT,  1.000,   0.50,   false, -4013",
      "BUY,  LIMIT,  1.000,   1000.5, false, -4002",
      "BUY,  LIMIT,  1.000,   100.25, false, -4014",
      "BUY,  LIMIT,  1.000,   110.50, false, -4016",
      "SELL, LIMIT,  1.000,   110.50, false, 0",
      "SELL, LIMIT,  1.000,   89.50,  false, -4024",
      "BUY,  LIMIT,  0.045,   100.00, false, -4164",
      "BUY,  LIMIT,  0.045,   100.00, true,  0",
      "BUY,  MARKET, 10.005,  -,      false, -4005",
      "BUY,  MARKET, 0.045,   -,      false, -4164",
      "BUY,  MARKET, 0.050,   -,      false, 0",
  })
  void appliesEachFilterWithItsBinanceCode(Side side, OrderType type, String quantity,
      String price, boolean reduceOnly, int expectedCode) {
    NewOrder order = new NewOrder(1, "COARSEUSDT", side, type, TimeInForce.GTC,
        new BigDecimal(quantity), Optional.ofNullable(price).map(BigDecimal::new),
        Optional.empty(), reduceOnly, ResponseType.ACK, 0, "NONE", false, PositionSide.BOTH);

    Optional<Rejection> verdict = OrderFilters.binanceDefaults().check(order, COARSE, MARK);

    assertThat(verdict.map(Rejection::code).orElse(0)).isEqualTo(expectedCode);
  }
}
