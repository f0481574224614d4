package io.oes.server.security;

import io.oes.api.AmendOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import java.util.function.UnaryOperator;

/**
 * One way to make a valid request invalid, with the value that does it. Each breaks exactly one
 * rule of BTCUSDT on the simulator (tick 0.1, step 0.001, quantity 0.001-1000, price
 * 556.8-4529764, min notional 100) or of the contract, so the gateway must refuse it with
 * INVALID_ARGUMENT and must never create an order from it.
 *
 * @param rule which rule it breaks
 * @param value the offending value, for the failure report
 * @param onCreate how it breaks a CreateOrder request
 * @param onAmend how it breaks an AmendOrder request; null where it has no amend twin
 */
record Corruption(String rule, double value,
    UnaryOperator<CreateOrderRequest.Builder> onCreate,
    UnaryOperator<AmendOrderRequest.Builder> onAmend) {

  static Corruption quantity(String rule, double quantity) {
    return new Corruption(rule, quantity, b -> b.setQuantity(quantity),
        b -> b.setQuantity(quantity));
  }

  static Corruption price(String rule, double price) {
    return new Corruption(rule, price, b -> b.setPrice(price), b -> b.setPrice(price));
  }

  static Corruption stopPrice(double stopPrice) {
    return new Corruption("stop_price not finite", stopPrice, b -> b.setStopPrice(stopPrice),
        null);
  }

  static Corruption enumNumber(String field, int number) {
    return new Corruption("unknown " + field + " number", number, b -> switch (field) {
      case "side" -> b.setSideValue(number);
      case "type" -> b.setTypeValue(number);
      default -> b.setTimeInForceValue(number);
    }, null);
  }

  static Corruption symbol(String symbol) {
    return new Corruption("unlisted symbol " + symbol, 0, b -> b.setSymbol(symbol), null);
  }

  static Corruption shape(String rule, UnaryOperator<CreateOrderRequest.Builder> onCreate) {
    return new Corruption(rule, 0, onCreate, null);
  }

  static Corruption limitWithoutPrice() {
    return shape("LIMIT without price", b -> b.setPrice(0));
  }

  static Corruption marketWithPrice() {
    return shape("MARKET with price", b -> b.setType(OrderType.MARKET)
        .setTimeInForce(TimeInForce.TIF_UNSPECIFIED));
  }

  static Corruption postOnlyWithIoc() {
    return shape("post-only with IOC", b -> b.setType(OrderType.POST_ONLY)
        .setTimeInForce(TimeInForce.IOC));
  }

  static Corruption belowMinNotional(double quantity) {
    return shape("notional below 100", b -> b.setQuantity(quantity));
  }
}
