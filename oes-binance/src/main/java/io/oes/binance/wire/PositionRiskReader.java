package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.port.ExchangePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions from {@code GET /fapi/v3/positionRisk}: an array with one object per symbol and
 * position side. Hedge-mode LONG and SHORT entries of a symbol are reported separately, as the
 * exchange lists them.
 */
public final class PositionRiskReader {
  private PositionRiskReader() {}

  public static List<ExchangePosition> read(String body) {
    List<ExchangePosition> positions = new ArrayList<>();
    for (JsonNode entry : WireJson.read(body)) {
      String symbol = WireJson.text(entry, "symbol");
      if (symbol == null) {
        continue;
      }
      positions.add(new ExchangePosition(symbol,
          WireJson.decimal(entry, "positionAmt", BigDecimal.ZERO),
          WireJson.decimal(entry, "entryPrice", BigDecimal.ZERO),
          WireJson.decimal(entry, "markPrice", BigDecimal.ZERO),
          WireJson.decimal(entry, "unRealizedProfit", BigDecimal.ZERO)));
    }
    return positions;
  }
}
