package io.oes.core.risk;

import static io.oes.core.risk.RiskFixtures.MARK;
import static io.oes.core.risk.RiskFixtures.NOW;
import static io.oes.core.risk.RiskFixtures.accepted;
import static io.oes.core.risk.RiskFixtures.allLimits;
import static io.oes.core.risk.RiskFixtures.limit;
import static io.oes.core.risk.RiskFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.testing.ManualClock;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each limit driven to its edge: at the limit passes, one step beyond is refused by name. */
class RiskEngineTest {
  private final ManualClock clock = new ManualClock(NOW);
  private final RiskEngine risk =
      new RiskEngine(RiskLimitsBook.of(allLimits()), new KillSwitch(clock));

  static void assertVerdict(Optional<Refusal> verdict, String expected) {
    if (expected == null || expected.isEmpty()) {
      assertThat(verdict).isEmpty();
      return;
    }
    assertThat(verdict).hasValueSatisfying(refusal -> {
      assertThat(refusal.code()).isEqualTo(RefusalCode.FAILED_PRECONDITION);
      assertThat(refusal.message()).isEqualTo(expected);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      value exactly the limit passes        | BTCUSDT | BUY  | LIMIT  | 2.5   | 40000   | 40000 | -
      value one step above is refused       | BTCUSDT | BUY  | LIMIT  | 2.501 | 40000   | 40000 | risk limit max_order_value: order value 100040 exceeds 100000 for user alice
      value one tick above is refused       | BTCUSDT | BUY  | LIMIT  | 2.5   | 40000.1 | 40000 | risk limit max_order_value: order value 100000.25 exceeds 100000 for user alice
      market valued at the mark passes      | BTCUSDT | BUY  | MARKET | 2.5   | -       | 40000 | -
      market one step above is refused      | BTCUSDT | SELL | MARKET | 2.501 | -       | 40000 | risk limit max_order_value: order value 100040 exceeds 100000 for user alice
      market without a mark is refused      | BTCUSDT | BUY  | MARKET | 0.01  | -       | -     | risk limit max_order_value: no mark price for BTCUSDT to value a MARKET order for user alice
      buy at the band's upper bound passes  | BTCUSDT | BUY  | LIMIT  | 0.01  | 42000   | 40000 | -
      buy one tick above the band is refused| BTCUSDT | BUY  | LIMIT  | 0.01  | 42000.1 | 40000 | risk limit price_band: BUY price 42000.1 is more than 5% above mark 40000 (bound 42000) for user alice
      buy far below the mark passes         | BTCUSDT | BUY  | LIMIT  | 0.01  | 30000   | 40000 | -
      sell at the band's lower bound passes | BTCUSDT | SELL | LIMIT  | 0.01  | 38000   | 40000 | -
      sell one tick below the band is refused| BTCUSDT | SELL | LIMIT | 0.01  | 37999.9 | 40000 | risk limit price_band: SELL price 37999.9 is more than 5% below mark 40000 (bound 38000) for user alice
      sell far above the mark passes        | BTCUSDT | SELL | LIMIT  | 0.01  | 50000   | 40000 | -
      priced order without a mark is refused| BTCUSDT | BUY  | LIMIT  | 0.01  | 40000   | -     | risk limit price_band: no mark price for BTCUSDT to check price 40000 for user alice
      an allowed symbol passes              | ETHUSDT | BUY  | LIMIT  | 1     | 40000   | 40000 | -
      a symbol not allowed is refused       | DOGEUSDT| BUY  | LIMIT  | 1     | 40000   | 40000 | risk limit allowed_symbols: symbol DOGEUSDT is not among [BTCUSDT, ETHUSDT] for user alice
      """)
  void ordersAreJudgedOnValuePriceBandAndSymbol(String name, String symbol, Side side,
      OrderType type, String qty, String price, BigDecimal mark, String expected) {
    assertVerdict(risk.check(request("alice", symbol, side, type, qty, price), mark, NOW), expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      buy up to the limit passes                | 9.5  | 0   | BUY  | 0.5   | -
      buy one step beyond is refused            | 9.5  | 0   | BUY  | 0.501 | risk limit max_position_size: BTCUSDT position 10.001 (now 9.5, open BUY 0, this order 0.501) exceeds 10 for user alice
      open buys count as filled                 | 9.5  | 0.2 | BUY  | 0.3   | -
      open buys plus one step beyond is refused | 9.5  | 0.2 | BUY  | 0.301 | risk limit max_position_size: BTCUSDT position 10.001 (now 9.5, open BUY 0.2, this order 0.301) exceeds 10 for user alice
      short up to the limit passes              | -9.5 | 0   | SELL | 0.5   | -
      short one step beyond is refused          | -9.5 | 0   | SELL | 0.501 | risk limit max_position_size: BTCUSDT position 10.001 (now -9.5, open SELL 0, this order 0.501) exceeds 10 for user alice
      open buys do not limit a sell             | 9.5  | 0.4 | SELL | 0.5   | -
      reducing a position above the limit passes| 12   | 0   | SELL | 1     | -
      flipping beyond the limit is refused      | 12   | 0   | SELL | 22.001| risk limit max_position_size: BTCUSDT position 10.001 (now 12, open SELL 0, this order 22.001) exceeds 10 for user alice
      """)
  void positionLimitCountsFillsAndOpenOrdersOnTheSameSide(String name, String position,
      String openBuy, Side side, String qty, String expected) {
    RiskEngine loose = new RiskEngine(RiskLimitsBook.of(RiskLimits.NONE
        .withMaxPositionSize(new BigDecimal("10"))), new KillSwitch(clock));
    loose.positions().setPosition("alice", "BTCUSDT", new BigDecimal(position));
    if (new BigDecimal(openBuy).signum() > 0) {
      loose.onAccepted(accepted(limit("alice", Side.BUY, openBuy, "30000"), NOW));
    }

    assertVerdict(loose.check(limit("alice", side, qty, "40000"), MARK, NOW), expected);
  }

  @ParameterizedTest(name = "with {0} orders open, the next is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2 | passed  |
      3 | refused | risk limit max_open_orders: open orders 4 exceed 3 for user alice
      """)
  void openOrdersAtAndBeyondTheLimit(int open, String verdict, String expected) {
    for (int i = 0; i < open; i++) {
      risk.onAccepted(accepted(limit("alice", Side.BUY, "0.01", "40000"), NOW));
    }

    assertVerdict(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, NOW), expected);
  }

  @ParameterizedTest(name = "after {0} orders today, the next is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      4 | passed  |
      5 | refused | risk limit max_daily_orders: orders 6 on UTC day 2026-03-02 exceed 5 for user alice
      """)
  void dailyOrdersAtAndBeyondTheLimit(int placed, String verdict, String expected) {
    for (int i = 0; i < placed; i++) {
      var order = accepted(limit("alice", Side.BUY, "0.01", "40000"), NOW);
      risk.onAccepted(order);
      risk.onFinished(order.withState(OrderState.CANCELED, NOW));
    }

    assertVerdict(risk.check(limit("alice", Side.BUY, "0.01", "40000"), MARK, NOW), expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      bob's own order value limit lets him trade bigger | bob   | 3.75  | 40000 | -
      bob is still refused beyond his own limit         | bob   | 3.751 | 40000 | risk limit max_order_value: order value 150040 exceeds 150000 for user bob
      bob keeps the global price band                   | bob   | 0.01  | 42000.1 | risk limit price_band: BUY price 42000.1 is more than 5% above mark 40000 (bound 42000) for user bob
      alice keeps the global order value limit          | alice | 3.75  | 40000 | risk limit max_order_value: order value 150000 exceeds 100000 for user alice
      """)
  void aPerUserOverrideReplacesOnlyTheLimitsItSets(String name, String user, String qty,
      String price, String expected) {
    RiskLimitsBook book = new RiskLimitsBook(allLimits().withMaxPositionSize(new BigDecimal("100")),
        Map.of("bob", RiskLimits.NONE.withMaxOrderValue(new BigDecimal("150000"))));
    RiskEngine perUser = new RiskEngine(book, new KillSwitch(clock));

    assertVerdict(perUser.check(limit(user, Side.BUY, qty, price), MARK, NOW), expected);
  }
}
