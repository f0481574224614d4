package io.oes.sim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.account.Account;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Credentials;
import io.oes.sim.account.PositionKey;
import io.oes.sim.account.Trade;
import io.oes.sim.margin.MarkPrices;
import io.oes.sim.market.MarketProfile;
import io.oes.sim.market.MarketSettings;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.ResponseType;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rules.OrderFilters;
import io.oes.sim.rules.SymbolCatalog;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SymbolEngineTest {
  // A wallet deep enough that margin never limits what these tests ask of the ladder.
  private final AccountRegistry accounts = new AccountRegistry(
      List.of(new Credentials("key", "secret")), new BigDecimal("100000000"), 1);
  private final List<OrderSnapshot> events = new ArrayList<>();

  @Test
  void fillsARestingOrderAsMakerWhenTheMarketTradesThroughIt() {
    SymbolEngine btc = engine(new BigDecimal("0.001"), 50);
    BigDecimal bid = btc.markPrice().subtract(new BigDecimal("20"));
    OrderSnapshot placed = accepted(btc.place(limit(Side.BUY, "0.010", bid)));
    assertThat(placed.status()).isEqualTo(OrderStatus.NEW);

    for (int tick = 0; tick < 10_000 && account().trades("BTCUSDT").isEmpty(); tick++) {
      btc.onMarketTick();
    }

    Trade trade = account().trades("BTCUSDT").getFirst();
    assertThat(trade.maker()).isTrue();
    assertThat(trade.price()).isEqualByComparingTo(bid);
    assertThat(trade.commission()).isEqualByComparingTo(bid.multiply(new BigDecimal("0.0000020")));
    assertThat(account().position(new PositionKey("BTCUSDT", PositionSide.BOTH)).orElseThrow()
        .positionAmt())
        .isEqualByComparingTo("0.010");
    assertThat(events).extracting(OrderSnapshot::status)
        .containsExactly(OrderStatus.NEW, OrderStatus.FILLED);
  }

  @Test
  void expiresTheRemainderOfAMarketOrderTheLadderCannotHold() {
    SymbolEngine btc = engine(BigDecimal.ZERO, 2);

    OrderSnapshot result = accepted(btc.place(market(Side.BUY, "100")));

    assertThat(result.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(result.executedQty()).isEqualByComparingTo("1.25");
    assertThat(account().trades("BTCUSDT")).extracting(Trade::maker).containsOnly(false);
  }

  private SymbolEngine engine(BigDecimal volatility, int levels) {
    EngineContext context = new EngineContext(FeeSchedule.binanceBaseTier(), accounts,
        OrderFilters.binanceDefaults(), event -> events.add(event.order()),
        InstantSource.system(), new MarkPrices());
    Exchange exchange = Exchange.open(SymbolCatalog.defaults(),
        rules -> MarketProfile.defaultFor(rules.symbol()).orElseThrow(),
        new MarketSettings(volatility, levels), context, 42);
    return exchange.engine("BTCUSDT").orElseThrow();
  }

  private Account account() {
    return accounts.byId(1).orElseThrow();
  }

  private static NewOrder limit(Side side, String quantity, BigDecimal price) {
    return new NewOrder(1, "BTCUSDT", side, OrderType.LIMIT, TimeInForce.GTC,
        new BigDecimal(quantity), Optional.of(price), Optional.empty(), false,
        ResponseType.RESULT, 0, "NONE", false, PositionSide.BOTH);
  }

  private static NewOrder market(Side side, String quantity) {
    return new NewOrder(1, "BTCUSDT", side, OrderType.MARKET, TimeInForce.GTC,
        new BigDecimal(quantity), Optional.empty(), Optional.empty(), false,
        ResponseType.RESULT, 0, "NONE", false, PositionSide.BOTH);
  }

  private static OrderSnapshot accepted(OrderOutcome outcome) {
    assertThat(outcome).isInstanceOf(OrderOutcome.Accepted.class);
    return ((OrderOutcome.Accepted) outcome).order();
  }
}
