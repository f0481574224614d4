package io.oes.core.risk;

import static io.oes.core.risk.RiskFixtures.MARK;
import static io.oes.core.risk.RiskFixtures.NOW;
import static io.oes.core.risk.RiskFixtures.limit;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.Side;
import io.oes.core.testing.ManualClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the book held before a restart, written back before the engine starts. */
class RiskSeedTest {

  @Test
  void restoredCountsAndPositionsApplyToTheLimits() {
    RiskLimits limits = RiskLimits.NONE.withMaxDailyOrders(2);
    RiskEngine risk = new RiskEngine(RiskLimitsBook.of(limits),
        new KillSwitch(new ManualClock(NOW)));
    RiskSeed seed = new RiskSeed(LocalDate.ofInstant(NOW, ZoneOffset.UTC));
    seed.onFinishedOrdersToday("alice", 2);
    seed.onFinishedFill("alice", "BTCUSDT", Side.BUY, new BigDecimal("0.3"));
    seed.onFinishedFill("alice", "BTCUSDT", Side.SELL, new BigDecimal("0.1"));

    seed.applyTo(risk);

    assertThat(risk.positions().position("alice", "BTCUSDT")).isEqualByComparingTo("0.2");
    assertThat(risk.check(limit("alice", Side.BUY, "0.001", "40000"), MARK, NOW))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("max_daily_orders"));
    assertThat(risk.check(limit("bob", Side.BUY, "0.001", "40000"), MARK, NOW)).isEmpty();
  }
}
