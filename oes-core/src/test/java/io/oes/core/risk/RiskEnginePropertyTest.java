package io.oes.core.risk;

import static io.oes.core.risk.RiskFixtures.NOW;
import static io.oes.core.risk.RiskFixtures.accepted;
import static io.oes.core.risk.RiskFixtures.allLimits;
import static io.oes.core.risk.RiskFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.testing.ManualClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Orders inside every limit, drawn at random, are never refused. */
class RiskEnginePropertyTest {

  /**
   * Limits: value 100000, position 10, 3 open, 5 a day, band 5 %. Orders: price within the band
   * (rounded towards the mark), value at most 60000 × 1.05 × 1, position at most 5 + 1 + 0.002.
   */
  @Property(tries = 300)
  void neverRefusesAnOrderBelowEveryLimit(
      @ForAll @BigRange(min = "20000", max = "60000") @Scale(1) BigDecimal mark,
      @ForAll @BigRange(min = "-1", max = "1") @Scale(3) BigDecimal bandFraction,
      @ForAll @BigRange(min = "0.001", max = "1") @Scale(3) BigDecimal quantity,
      @ForAll @BigRange(min = "-5", max = "5") @Scale(3) BigDecimal position,
      @ForAll @IntRange(min = 0, max = 2) int openBefore,
      @ForAll Side side,
      @ForAll boolean market) {
    RiskEngine risk = new RiskEngine(RiskLimitsBook.of(allLimits()),
        new KillSwitch(new ManualClock(NOW)));
    risk.positions().setPosition("alice", "BTCUSDT", position);
    for (int i = 0; i < openBefore; i++) {
      risk.onAccepted(accepted(request("alice", "BTCUSDT", side, OrderType.LIMIT, "0.001",
          mark.toPlainString()), NOW));
    }
    BigDecimal price = mark.multiply(BigDecimal.ONE.add(bandFraction.multiply(new BigDecimal("0.05"))))
        .setScale(1, side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);

    assertThat(risk.check(request("alice", "BTCUSDT", side,
        market ? OrderType.MARKET : OrderType.LIMIT, quantity.toPlainString(),
        market ? null : price.toPlainString()), mark, NOW)).isEmpty();
  }
}
