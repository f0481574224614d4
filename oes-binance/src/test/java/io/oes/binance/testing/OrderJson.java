package io.oes.binance.testing;

/** Binance order objects (§3b) as the exchange sends them, for scripted replies. */
public final class OrderJson {
  private OrderJson() {}

  public static String order(long orderId, String clientId, String status, String type,
      String timeInForce, String executedQty, String avgPrice) {
    return """
        {"orderId":%d,"symbol":"BTCUSDT","status":"%s","clientOrderId":"%s","price":"42000.10",
         "avgPrice":"%s","origQty":"0.010","executedQty":"%s","cumQty":"%s","cumQuote":"0",
         "timeInForce":"%s","type":"%s","origType":"%s","reduceOnly":false,
         "closePosition":false,"side":"BUY","positionSide":"BOTH","stopPrice":"0",
         "workingType":"CONTRACT_PRICE","priceProtect":false,"priceMatch":"NONE",
         "selfTradePreventionMode":"EXPIRE_MAKER","goodTillDate":0,"updateTime":1772323200123}
        """.formatted(orderId, status, clientId, avgPrice, executedQty, executedQty,
        timeInForce, type, type);
  }

  public static String newLimit(long orderId, String clientId) {
    return order(orderId, clientId, "NEW", "LIMIT", "GTC", "0", "0.00");
  }

  public static String newAlgo(long algoId, String clientAlgoId) {
    return """
        {"algoId":%d,"clientAlgoId":"%s","algoType":"CONDITIONAL","orderType":"STOP_MARKET",
         "symbol":"BTCUSDT","side":"SELL","positionSide":"BOTH","timeInForce":"GTC",
         "quantity":"0.001","algoStatus":"NEW","triggerPrice":"39000.00","price":"0.00",
         "workingType":"CONTRACT_PRICE","reduceOnly":false,"createTime":1772323200000,
         "updateTime":1772323200000,"triggerTime":0,"goodTillDate":0}
        """.formatted(algoId, clientAlgoId);
  }
}
