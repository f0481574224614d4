package io.oes.cli.bench;

import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.binance.rest.RequestParams;
import java.math.BigDecimal;

/**
 * The orders a bench sends, the same through the gateway and straight to the simulator.
 *
 * <p>Resting (with {@code --cancel}): LIMIT GTC buys far below the market, each cancelled once
 * acknowledged, so no more than one order per worker is ever open and the exchange's limit of
 * 200 open orders per symbol is never reached. Kept open (with {@code --keep-open}): the same
 * buys left resting, to fill the gateway with open orders (mind that limit). Otherwise: MARKET
 * orders of the given size, alternately BUY and SELL, so nothing rests and the position swings
 * around zero.
 *
 * @param runId distinguishes this run's client order ids from any earlier run's
 * @param userId the user every order belongs to
 * @param limitPrice the price of resting orders
 * @param quantity the size of every order; price × quantity must reach the symbol's minimum
 *     notional (BTCUSDT: 100 USDT)
 * @param kind market orders, or resting ones cancelled or kept open
 */
record BenchOrders(String runId, String userId, String symbol, BigDecimal limitPrice,
    BigDecimal quantity, Kind kind) {

  /** What the bench sends and whether it cancels what rests. */
  enum Kind {
    /** MARKET orders, alternately BUY and SELL. */
    MARKET,
    /** Resting LIMIT buys, each cancelled once acknowledged. */
    CANCELLED,
    /** Resting LIMIT buys, left open. */
    KEPT_OPEN
  }

  /** Whether the orders are LIMIT buys far below the market. */
  boolean resting() {
    return kind != Kind.MARKET;
  }

  /** Whether each resting order is cancelled once acknowledged. */
  boolean cancelled() {
    return kind == Kind.CANCELLED;
  }

  /** Unique per run and sequence, within Binance's 36 characters. */
  String clientOrderId(long sequence) {
    return "bench-" + runId + "-" + sequence;
  }

  CreateOrderRequest grpcRequest(long sequence) {
    CreateOrderRequest.Builder request = CreateOrderRequest.newBuilder()
        .setSymbol(symbol).setSide(resting() ? OrderSide.BUY : side(sequence))
        .setQuantity(quantity.doubleValue()).setUserId(userId)
        .setClientOrderId(clientOrderId(sequence));
    if (resting()) {
      request.setType(OrderType.LIMIT).setPrice(limitPrice.doubleValue())
          .setTimeInForce(TimeInForce.GTC);
    } else {
      request.setType(OrderType.MARKET);
    }
    return request.build();
  }

  /** The same order as Binance's {@code POST /fapi/v1/order} parameters. */
  RequestParams restRequest(long sequence) {
    RequestParams params = new RequestParams().add("symbol", symbol)
        .add("side", resting() ? "BUY" : side(sequence).name())
        .add("type", resting() ? "LIMIT" : "MARKET")
        .add("quantity", quantity);
    if (resting()) {
      params.add("price", limitPrice).add("timeInForce", "GTC");
    }
    return params.add("newClientOrderId", clientOrderId(sequence));
  }

  /** What the text report says about the orders. */
  String describe() {
    return resting()
        ? "LIMIT BUY " + RequestParams.plain(quantity) + " " + symbol + " @ "
            + RequestParams.plain(limitPrice) + (cancelled() ? ", each cancelled" : ", left open")
        : "MARKET BUY/SELL " + RequestParams.plain(quantity) + " " + symbol;
  }

  private static OrderSide side(long sequence) {
    return sequence % 2 == 0 ? OrderSide.BUY : OrderSide.SELL;
  }
}
