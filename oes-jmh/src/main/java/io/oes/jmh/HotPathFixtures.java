package io.oes.jmh;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExecutionReport;
import io.oes.core.symbol.SymbolRules;
import io.oes.core.symbol.SymbolRulesBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Realistic inputs: BTCUSDT with its live Binance USD-M filters (tick 0.10, step 0.001, minimum
 * notional 100 USDT, 5 % price band, 200 open orders) and a resting limit buy as {@code oes
 * bench --cancel} sends it.
 */
final class HotPathFixtures {
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private HotPathFixtures() {}

  static SymbolRules btcusdt() {
    return new SymbolRules("BTCUSDT", true, "BTC", "USDT", new BigDecimal("556.80"),
        new BigDecimal("4529764"), new BigDecimal("0.10"), new BigDecimal("0.001"),
        new BigDecimal("1000"), new BigDecimal("0.001"), new BigDecimal("0.001"),
        new BigDecimal("120"), new BigDecimal("0.001"), new BigDecimal("100"),
        new BigDecimal("1.0500"), new BigDecimal("0.9500"), 200,
        Set.of("LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET"));
  }

  /** The four symbols oes' simulator lists, as the engine holds them. */
  static SymbolRulesBook book() {
    SymbolRulesBook book = new SymbolRulesBook();
    SymbolRules btc = btcusdt();
    book.replaceAll(List.of(btc, renamed(btc, "ETHUSDT"), renamed(btc, "BNBUSDT"),
        renamed(btc, "SOLUSDT")));
    return book;
  }

  static OrderRequest restingBuy(BigDecimal price) {
    return new OrderRequest("alice", "alice-0001", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.002"), price, null, false, false);
  }

  static Order newOrder() {
    return Order.accepted("01JDXQ4Z5N8M7K6J5H4G3F2E1D", "main",
        restingBuy(new BigDecimal("60000")), "oes-", NOW);
  }

  /** The exchange's acknowledgement of {@link #newOrder()}: resting, nothing filled. */
  static ExecutionReport acknowledgement() {
    return new ExecutionReport("4000000123456", "oes-01JDXQ4Z5N8M7K6J5H4G3F2E1D", "BTCUSDT",
        OrderState.SUBMITTED, BigDecimal.ZERO, BigDecimal.ZERO, null, NOW.plusMillis(3));
  }

  static OrderEvent submittedEvent() {
    Order submitted = newOrder().withExecution(BigDecimal.ZERO, BigDecimal.ZERO, "4000000123456",
        NOW.plusMillis(3)).withState(OrderState.SUBMITTED, NOW.plusMillis(3));
    return new OrderEvent(42_424, submitted, UpdateType.SUBMITTED, null, NOW.plusMillis(3));
  }

  /** A new-order query string as the Binance client signs it. */
  static String signedPayload() {
    return "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=60000"
        + "&newClientOrderId=oes-01JDXQ4Z5N8M7K6J5H4G3F2E1D&newOrderRespType=RESULT"
        + "&recvWindow=5000&timestamp=1795000000123";
  }

  private static SymbolRules renamed(SymbolRules rules, String symbol) {
    return new SymbolRules(symbol, rules.trading(), rules.baseAsset(), rules.quoteAsset(),
        rules.minPrice(), rules.maxPrice(), rules.tickSize(), rules.minQty(), rules.maxQty(),
        rules.stepSize(), rules.marketMinQty(), rules.marketMaxQty(), rules.marketStepSize(),
        rules.minNotional(), rules.percentPriceUp(), rules.percentPriceDown(),
        rules.maxOpenOrders(), rules.orderTypes());
  }
}
