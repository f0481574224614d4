package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.port.TradeFill;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Trades from {@code GET /fapi/v1/userTrades}: one object per trade, as {@link TradeFill}s. */
public final class TradeReader {
  private TradeReader() {}

  public static List<TradeFill> read(String body) {
    List<TradeFill> trades = new ArrayList<>();
    for (JsonNode trade : WireJson.read(body)) {
      trades.add(new TradeFill(
          trade.path("id").asText(),
          WireJson.decimal(trade, "price", BigDecimal.ZERO),
          WireJson.decimal(trade, "qty", BigDecimal.ZERO),
          WireJson.decimal(trade, "commission", BigDecimal.ZERO),
          WireJson.text(trade, "commissionAsset"),
          trade.path("maker").asBoolean(false),
          Instant.ofEpochMilli(trade.path("time").asLong())));
    }
    return trades;
  }
}
