package io.oes.cli.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** One order as the exchange holds it ({@code allOrders}). */
record ExchangeOrder(long orderId, String clientOrderId, String symbol, String side,
    String type, String status, BigDecimal price, BigDecimal origQty, BigDecimal executedQty) {

  static ExchangeOrder of(JsonNode json) {
    return new ExchangeOrder(json.path("orderId").asLong(), json.path("clientOrderId").asText(),
        json.path("symbol").asText(), json.path("side").asText(), json.path("type").asText(),
        json.path("status").asText(), new BigDecimal(json.path("price").asText("0")),
        new BigDecimal(json.path("origQty").asText("0")),
        new BigDecimal(json.path("executedQty").asText("0")));
  }

  /** Order ids count per symbol: the symbol and the id name one order of the account. */
  static String key(String symbol, long orderId) {
    return symbol + "#" + orderId;
  }

  String key() {
    return key(symbol, orderId);
  }

  boolean open() {
    return status.equals("NEW") || status.equals("PARTIALLY_FILLED");
  }

  @Override
  public String toString() {
    return "exchange order " + orderId + " " + symbol + " " + side + " " + type + " " + status
        + " clientOrderId=" + clientOrderId + " executed " + executedQty.toPlainString();
  }
}
