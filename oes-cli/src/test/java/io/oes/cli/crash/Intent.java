package io.oes.cli.crash;

import io.oes.api.AmendOrderRequest;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import java.math.BigDecimal;

/**
 * One order a strategy wants: a CreateOrder with its own {@code client_order_id}, sent until it
 * is answered, and what the answer said. Written by the one thread that sends it; read after.
 */
final class Intent {
  final String user;
  final String clientOrderId;
  final String symbol;
  final OrderSide side;
  final boolean market;
  final BigDecimal quantity;
  final BigDecimal price;
  private volatile Answer<CreateOrderResponse> answer = Answer.none(0);

  private Intent(String user, String clientOrderId, String symbol, OrderSide side, boolean market,
      BigDecimal quantity, BigDecimal price) {
    this.user = user;
    this.clientOrderId = clientOrderId;
    this.symbol = symbol;
    this.side = side;
    this.market = market;
    this.quantity = quantity;
    this.price = price;
  }

  /** A LIMIT GTC buy far below the market: it rests until amended or cancelled. */
  static Intent resting(String user, String clientOrderId, String symbol, BigDecimal quantity,
      BigDecimal price) {
    return new Intent(user, clientOrderId, symbol, OrderSide.BUY, false, quantity, price);
  }

  /** A MARKET order: it fills at once. */
  static Intent market(String user, String clientOrderId, String symbol, OrderSide side,
      BigDecimal quantity) {
    return new Intent(user, clientOrderId, symbol, side, true, quantity, null);
  }

  CreateOrderRequest request() {
    CreateOrderRequest.Builder request = CreateOrderRequest.newBuilder().setUserId(user)
        .setClientOrderId(clientOrderId).setSymbol(symbol).setSide(side)
        .setQuantity(quantity.doubleValue());
    if (market) {
      return request.setType(OrderType.MARKET).build();
    }
    return request.setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
        .setPrice(price.doubleValue()).build();
  }

  AmendOrderRequest amend(BigDecimal newPrice) {
    return AmendOrderRequest.newBuilder().setUserId(user).setClientOrderId(clientOrderId)
        .setPrice(newPrice.doubleValue()).build();
  }

  CancelOrderRequest cancel() {
    return CancelOrderRequest.newBuilder().setUserId(user).setClientOrderId(clientOrderId)
        .setSymbol(symbol).build();
  }

  Answer<CreateOrderResponse> answer() {
    return answer;
  }

  void answered(Answer<CreateOrderResponse> createAnswer) {
    this.answer = createAnswer;
  }

  /** The order id the gateway answered with, or null when no order came back. */
  String acknowledgedOrderId() {
    return answer.succeeded() ? answer.value().getOrderId() : null;
  }

  @Override
  public String toString() {
    String terms = market ? "MARKET " + side : "LIMIT " + side + " @ " + price.toPlainString();
    String answerText = answer.succeeded() ? "answered " + answer.value().getState() + " as "
        + answer.value().getOrderId() : answer.toString();
    return "intent " + user + "/" + clientOrderId + " (" + terms + " " + quantity.toPlainString()
        + " " + symbol + ", " + answerText + ")";
  }
}
