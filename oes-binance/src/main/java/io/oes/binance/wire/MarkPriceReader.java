package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mark prices from {@code GET /fapi/v1/premiumIndex} (all symbols: an array of objects). */
public final class MarkPriceReader {
  private MarkPriceReader() {}

  /** Mark price by symbol; symbols without a positive mark price are left out. */
  public static Map<String, BigDecimal> read(String body) {
    JsonNode root = WireJson.read(body);
    Map<String, BigDecimal> marks = new HashMap<>();
    for (JsonNode entry : root.isArray() ? root : List.of(root)) {
      BigDecimal mark = WireJson.decimal(entry, "markPrice", BigDecimal.ZERO);
      String symbol = WireJson.text(entry, "symbol");
      if (symbol != null && mark.signum() > 0) {
        marks.put(symbol, mark);
      }
    }
    return marks;
  }
}
