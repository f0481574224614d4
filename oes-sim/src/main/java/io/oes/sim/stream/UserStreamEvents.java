package io.oes.sim.stream;

import io.oes.sim.account.Account.Booking;
import io.oes.sim.account.PositionSnapshot;
import io.oes.sim.account.Trade;
import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.matching.OrderEvent;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user data stream events (reference §7) with Binance's one-letter keys: decimals as strings,
 * ids and times as numbers, flags as booleans.
 */
final class UserStreamEvents {
  private UserStreamEvents() {}

  static Map<String, Object> orderTradeUpdate(OrderEvent event) {
    OrderSnapshot order = event.order();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("s", order.symbol());
    o.put("c", order.clientOrderId());
    o.put("S", order.side().name());
    o.put("o", order.type().name());
    o.put("f", order.timeInForce().name());
    o.put("q", plain(order.origQty()));
    o.put("p", plain(order.price()));
    o.put("ap", plain(order.avgPrice()));
    o.put("sp", plain(order.origin().stopPrice()));
    o.put("x", event.executionType().name());
    o.put("X", order.status().name());
    o.put("i", order.orderId());
    putFill(o, event);
    o.put("b", plain(event.bidNotional()));
    o.put("a", plain(event.askNotional()));
    o.put("R", order.reduceOnly());
    o.put("wt", order.origin().workingType());
    o.put("ot", order.origin().origType().name());
    o.put("ps", order.positionSide().name());
    o.put("cp", order.origin().closePosition());
    o.put("pP", order.priceProtect());
    o.put("si", 0);
    o.put("ss", 0);
    o.put("V", order.selfTradePreventionMode());
    o.put("pm", "NONE");
    o.put("gtd", order.goodTillDateMillis());
    o.put("er", String.valueOf(order.expiryReason().code()));
    return envelope("ORDER_TRADE_UPDATE", event.eventTimeMillis(), "o", o);
  }

  /** The fill keys: zeros when the change was no trade, and no fee keys then. */
  private static void putFill(Map<String, Object> o, OrderEvent event) {
    Optional<Trade> trade = event.fill().map(Booking::trade);
    o.put("l", trade.map(fill -> plain(fill.qty())).orElse("0"));
    o.put("z", plain(event.order().executedQty()));
    o.put("L", trade.map(fill -> plain(fill.price())).orElse("0"));
    trade.ifPresent(fill -> {
      o.put("N", fill.commissionAsset());
      o.put("n", plain(fill.commission()));
    });
    o.put("T", trade.map(Trade::timeMillis).orElse(event.order().updateTimeMillis()));
    o.put("t", trade.map(Trade::id).orElse(0L));
    o.put("m", trade.map(Trade::maker).orElse(false));
    o.put("rp", trade.map(fill -> plain(fill.realizedPnl())).orElse("0"));
  }

  /** The wallet and position after a fill; {@code marginType} as "cross" or "isolated". */
  static Map<String, Object> accountUpdate(OrderEvent event, Booking fill, String marginType) {
    PositionSnapshot position = fill.position();
    Map<String, Object> balance = new LinkedHashMap<>();
    balance.put("a", fill.trade().commissionAsset());
    balance.put("wb", plain(fill.walletBalance()));
    balance.put("cw", plain(fill.walletBalance()));
    balance.put("bc", "0");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("s", position.symbol());
    p.put("pa", plain(position.positionAmt()));
    p.put("ep", plain(position.entryPrice()));
    p.put("bep", plain(position.entryPrice()));
    p.put("cr", plain(position.accumulatedRealized()));
    p.put("up", plain(position.unrealizedProfit(event.markPrice())));
    p.put("mt", marginType);
    p.put("iw", "0");
    p.put("ps", position.positionSide().name());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("m", "ORDER");
    a.put("B", List.of(balance));
    a.put("P", List.of(p));
    return envelope("ACCOUNT_UPDATE", event.eventTimeMillis(), "a", a);
  }

  static Map<String, Object> tradeLite(OrderEvent event, Trade trade) {
    OrderSnapshot order = event.order();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", "TRADE_LITE");
    json.put("E", event.eventTimeMillis());
    json.put("T", trade.timeMillis());
    json.put("s", order.symbol());
    json.put("q", plain(order.origQty()));
    json.put("p", plain(order.price()));
    json.put("m", trade.maker());
    json.put("c", order.clientOrderId());
    json.put("S", order.side().name());
    json.put("L", plain(trade.price()));
    json.put("l", plain(trade.qty()));
    json.put("t", trade.id());
    json.put("i", order.orderId());
    return json;
  }

  static Map<String, Object> algoUpdate(AlgoSnapshot algo, long eventTimeMillis) {
    AlgoOrderRequest request = algo.request();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("caid", algo.clientAlgoId());
    o.put("aid", algo.algoId());
    o.put("at", "CONDITIONAL");
    o.put("o", request.type().name());
    o.put("s", request.symbol());
    o.put("S", request.side().name());
    o.put("ps", request.positionSide().name());
    o.put("f", request.timeInForce().name());
    o.put("q", request.quantity().map(UserStreamEvents::plain).orElse("0"));
    o.put("X", algo.status().name());
    o.put("ai", algo.releasedOrderId() == 0 ? "" : String.valueOf(algo.releasedOrderId()));
    o.put("ap", "0");
    o.put("aq", "0");
    o.put("act", "0");
    o.put("tp", plain(request.triggerPrice()));
    o.put("p", request.price().map(UserStreamEvents::plain).orElse("0"));
    o.put("V", request.selfTradePreventionMode());
    o.put("wt", request.workingType());
    o.put("pm", "NONE");
    o.put("cp", request.closePosition());
    o.put("pP", request.priceProtect());
    o.put("R", request.reduceOnly());
    o.put("tt", algo.triggerTimeMillis());
    o.put("gtd", request.goodTillDateMillis());
    o.put("rm", "");
    return envelope("ALGO_UPDATE", eventTimeMillis, "o", o);
  }

  /** Binance sends this event's {@code E} as a string. */
  static Map<String, Object> listenKeyExpired(String listenKey, long eventTimeMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", "listenKeyExpired");
    json.put("E", String.valueOf(eventTimeMillis));
    json.put("listenKey", listenKey);
    return json;
  }

  private static Map<String, Object> envelope(String type, long timeMillis, String bodyKey,
      Map<String, Object> body) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", type);
    json.put("E", timeMillis);
    json.put("T", timeMillis);
    json.put(bodyKey, body);
    return json;
  }

  private static String plain(BigDecimal value) {
    return WireDecimals.plain(value);
  }
}
