package io.oes.core.risk;

import static io.oes.core.risk.RiskFixtures.MARK;
import static io.oes.core.risk.RiskFixtures.NOW;
import static io.oes.core.risk.RiskFixtures.accepted;
import static io.oes.core.risk.RiskFixtures.allLimits;
import static io.oes.core.risk.RiskFixtures.limit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.testing.ManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kill switch and the counters behind the limits. */
class RiskStateTest {
  private final ManualClock clock = new ManualClock(NOW);
  private final KillSwitch killSwitch = new KillSwitch(clock);
  private final RiskEngine risk = new RiskEngine(RiskLimitsBook.of(allLimits()), killSwitch);

  @Test
  void haltBlocksNewOrdersButNeverCancels() {
    clock.advance(Duration.ofMinutes(5));
    TradingState halted = risk.halt("exchange incident", "ops@desk");

    assertThat(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, clock.instant()))
        .hasValueSatisfying(r -> assertThat(r.message()).isEqualTo("trading halted: exchange incident"));
    assertThat(risk.checkCancel()).isEmpty();
    assertThat(halted).isEqualTo(new TradingState(TradingState.Mode.HALTED, "exchange incident",
        "ops@desk", NOW.plus(Duration.ofMinutes(5))));
  }

  private static OrderRequest reduceOnlySell() {
    return new OrderRequest("alice", "c-close", "BTCUSDT", Side.SELL, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.01"), new BigDecimal("40000"), null, true, false);
  }

  @Test
  void reducingLetsOnlyReduceOnlyOrdersThroughAndNeverBlocksCancels() {
    TradingState reducing = risk.reduce("winding down", "ops@desk");
    OrderRequest opening = limit("alice", Side.BUY, "0.01", "40000");
    OrderRequest closing = reduceOnlySell();

    assertThat(risk.check(opening, MARK, NOW)).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.FAILED_PRECONDITION);
      assertThat(r.message()).isEqualTo("trading is reducing (winding down): reduce_only false "
          + "is refused; only reduce-only orders and cancels are accepted");
    });
    assertThat(risk.check(closing, MARK, NOW)).isEmpty();
    assertThat(risk.checkCancel()).isEmpty();
    assertThat(reducing.mode()).isEqualTo(TradingState.Mode.REDUCING);
    assertThat(reducing.isHalted()).isFalse();
  }

  @Test
  void aHaltedSwitchRefusesEvenReduceOnlyOrders() {
    risk.halt("incident", "ops");
    OrderRequest closing = reduceOnlySell();

    assertThat(risk.check(closing, MARK, NOW)).isPresent();
  }

  @Test
  void resumingLetsOrdersThroughAgain() {
    risk.halt("drill", "ops");
    TradingState resumed = risk.resume("ops");

    assertThat(resumed.isHalted()).isFalse();
    assertThat(resumed.changedBy()).isEqualTo("ops");
    assertThat(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, NOW)).isEmpty();
  }

  @Test
  void oneSwitchHaltsEveryAccountSharingIt() {
    RiskEngine otherAccount = new RiskEngine(RiskLimitsBook.unlimited(), killSwitch);

    risk.halt("kill switch", "ops");

    assertThat(otherAccount.state().isHalted()).isTrue();
    assertThat(otherAccount.check(limit("bob", Side.SELL, "1", "1"), null, NOW)).isPresent();
  }

  @Test
  void aHaltNeedsAReasonAndSomeoneToAnswerForIt() {
    assertThatThrownBy(() -> risk.halt(" ", "ops")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> risk.halt("why", null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(risk.state().isHalted()).isFalse();
  }

  @Test
  void theDailyCounterStartsOverAtUtcMidnight() {
    clock.advance(Duration.parse("PT11H59M59S"));
    for (int i = 0; i < 5; i++) {
      Order order = accepted(limit("alice", Side.BUY, "0.01", "40000"), clock.instant());
      risk.onAccepted(order);
      risk.onFinished(order.withState(OrderState.CANCELED, clock.instant()));
    }
    clock.advance(Duration.parse("PT0.999S"));
    assertThat(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, clock.instant()))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("max_daily_orders"));

    clock.advance(Duration.ofMillis(1));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(risk.positions().dailyOrders("alice", clock.instant())).isZero();
    assertThat(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, clock.instant()))
        .isEmpty();
  }

  @Test
  void fillsMoveOpenQuantityIntoThePositionAndTheEndReleasesTheRest() {
    Order order = accepted(limit("alice", Side.BUY, "1", "40000"), NOW);
    risk.onOrderChanged(null, order);
    Order partly = order.withExecution(new BigDecimal("0.4"), MARK, "42", NOW)
        .withState(OrderState.PARTIALLY_FILLED, NOW);
    risk.onOrderChanged(order, partly);

    assertThat(position()).isEqualByComparingTo("0.4");
    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.BUY)).isEqualByComparingTo("0.6");
    assertThat(risk.positions().openOrders("alice")).isEqualTo(1);

    Order canceled = partly.withState(OrderState.CANCELED, NOW);
    risk.onOrderChanged(partly, canceled);
    risk.onFinished(canceled);

    assertThat(position()).isEqualByComparingTo("0.4");
    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.BUY)).isZero();
    assertThat(risk.positions().openOrders("alice")).isZero();
  }

  @Test
  void aFillReportedAfterTheOrderEndedLeavesNothingOpen() {
    Order order = accepted(limit("alice", Side.SELL, "1", "40000"), NOW);
    risk.onAccepted(order);
    risk.onFinished(order.withExecution(BigDecimal.ONE, MARK, "7", NOW)
        .withState(OrderState.FILLED, NOW));
    risk.onFill("alice", "BTCUSDT", Side.SELL, BigDecimal.ONE);

    assertThat(position()).isEqualByComparingTo("-1");
    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.SELL)).isZero();
  }

  @Test
  void aFillOfAnOrderPlacedBeforeARestartHidesNoLaterExposure() {
    risk.onFill("alice", "BTCUSDT", Side.BUY, new BigDecimal("3"));
    risk.onAccepted(accepted(limit("alice", Side.BUY, "2", "40000"), NOW));

    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.BUY)).isEqualByComparingTo("2");
  }

  @Test
  void anAmendedQuantityChangesTheOpenQuantity() {
    Order order = accepted(limit("alice", Side.BUY, "1", "40000"), NOW);
    risk.onOrderChanged(null, order);
    Order amended = order.withRequest(order.request().withTerms(new BigDecimal("0.3"), null), NOW);

    risk.onOrderChanged(order, amended);

    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.BUY)).isEqualByComparingTo("0.3");
    assertThat(risk.positions().openOrders("alice")).isEqualTo(1);
  }

  @Test
  void acceptingTheSameOrderTwiceCountsItOnce() {
    Order order = accepted(limit("alice", Side.BUY, "1", "40000"), NOW);
    risk.onAccepted(order);
    risk.onAccepted(order);

    assertThat(risk.positions().openOrders("alice")).isEqualTo(1);
    assertThat(risk.positions().dailyOrders("alice", NOW)).isEqualTo(1);
    assertThat(risk.positions().openQuantity("alice", "BTCUSDT", Side.BUY)).isEqualByComparingTo("1");
  }

  @Test
  void newLimitsApplyAtOnceAndCountersCarryOver() {
    risk.onAccepted(accepted(limit("alice", Side.BUY, "0.01", "40000"), NOW));

    risk.replaceLimits(RiskLimitsBook.of(RiskLimits.NONE.withMaxOpenOrders(1)));

    assertThat(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, NOW))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("open orders 2 exceed 1"));
  }

  @Test
  void perSymbolPositionLimitsMergeSymbolBySymbol() {
    RiskLimits global = RiskLimits.NONE.withMaxPositionSize(new BigDecimal("5"))
        .withMaxPositionSize("BTCUSDT", new BigDecimal("1"));
    RiskLimits merged = global.overriddenBy(
        RiskLimits.NONE.withMaxPositionSize("ETHUSDT", new BigDecimal("20")));

    assertThat(merged.maxPositionSizeFor("BTCUSDT")).isEqualByComparingTo("1");
    assertThat(merged.maxPositionSizeFor("ETHUSDT")).isEqualByComparingTo("20");
    assertThat(merged.maxPositionSizeFor("SOLUSDT")).isEqualByComparingTo("5");
  }

  private BigDecimal position() {
    return risk.positions().position("alice", "BTCUSDT");
  }
}
