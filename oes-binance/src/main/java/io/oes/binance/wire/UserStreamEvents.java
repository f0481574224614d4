package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Events of the user data stream (reference §7). Only what oes acts on is read: order updates
 * and the expiry of the listenKey; everything else (ACCOUNT_UPDATE, TRADE_LITE, …) is ignored.
 */
public final class UserStreamEvents {
  private UserStreamEvents() {}

  /** The event's type ({@code e}), unwrapping the {@code {"stream","data"}} form. */
  public static String typeOf(JsonNode event) {
    return payload(event).path("e").asText("");
  }

  /** The {@code data} of a combined-stream message, or the message itself. */
  public static JsonNode payload(JsonNode event) {
    return event.has("data") && event.has("stream") ? event.get("data") : event;
  }

  /** An ORDER_TRADE_UPDATE as a report, with its trade when it announces one. */
  public static Optional<ExecutionReport> orderUpdate(JsonNode message) {
    JsonNode event = payload(message);
    if (!"ORDER_TRADE_UPDATE".equals(event.path("e").asText())) {
      return Optional.empty();
    }
    JsonNode o = event.path("o");
    String status = o.path("X").asText();
    Instant time = Instant.ofEpochMilli(event.path("T").asLong(event.path("E").asLong()));
    return Optional.of(new ExecutionReport(
        o.path("i").asText(),
        o.path("c").asText(),
        o.path("s").asText(),
        OrderStatuses.ofOrder(status),
        WireJson.decimal(o, "z", BigDecimal.ZERO),
        WireJson.decimal(o, "ap", BigDecimal.ZERO),
        OrderStatuses.reasonFor(status, WireJson.text(o, "o"), WireJson.text(o, "f")),
        time,
        tradeOf(o),
        ExchangeTermsReader.read(o, "S", "o", "f", "q", "p", "sp", "R")));
  }

  private static TradeFill tradeOf(JsonNode o) {
    if (!"TRADE".equals(o.path("x").asText())) {
      return null;
    }
    return new TradeFill(
        o.path("t").asText(),
        WireJson.decimal(o, "L", BigDecimal.ZERO),
        WireJson.decimal(o, "l", BigDecimal.ZERO),
        WireJson.decimal(o, "n", BigDecimal.ZERO),
        WireJson.text(o, "N"),
        o.path("m").asBoolean(false),
        Instant.ofEpochMilli(o.path("T").asLong()));
  }
}
