package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Binance order objects (§3b) and algo order objects (§3c) as {@link ExecutionReport}s. */
public final class OrderReports {
  private OrderReports() {}

  /**
   * An order object of {@code /fapi/v1/order}.
   *
   * @param answeredAt the update time to use when the object carries neither {@code updateTime}
   *     nor {@code time}
   */
  public static ExecutionReport fromOrder(JsonNode order, Instant answeredAt) {
    String status = required(order, "status");
    return new ExecutionReport(
        required(order, "orderId"),
        required(order, "clientOrderId"),
        required(order, "symbol"),
        OrderStatuses.ofOrder(status),
        WireJson.decimal(order, "executedQty", BigDecimal.ZERO),
        WireJson.decimal(order, "avgPrice", BigDecimal.ZERO),
        OrderStatuses.reasonFor(status, WireJson.text(order, "type"),
            WireJson.text(order, "timeInForce")),
        updateTime(order, answeredAt),
        null,
        ExchangeTermsReader.read(order, "side", "type", "timeInForce", "origQty", "price",
            "stopPrice", "reduceOnly"));
  }

  /** A JSON array of order objects ({@code GET /fapi/v1/openOrders}). */
  public static List<ExecutionReport> fromOrders(String body, Instant answeredAt) {
    List<ExecutionReport> reports = new ArrayList<>();
    for (JsonNode order : WireJson.read(body)) {
      reports.add(fromOrder(order, answeredAt));
    }
    return reports;
  }

  /** A JSON array of algo order objects ({@code GET /fapi/v1/openAlgoOrders}). */
  public static List<ExecutionReport> fromAlgoOrders(String body, Instant answeredAt) {
    List<ExecutionReport> reports = new ArrayList<>();
    for (JsonNode algoOrder : WireJson.read(body)) {
      reports.add(fromAlgoOrder(algoOrder, answeredAt));
    }
    return reports;
  }

  /** An algo order object of {@code /fapi/v1/algoOrder}; conditional orders fill only later. */
  public static ExecutionReport fromAlgoOrder(JsonNode algoOrder, Instant answeredAt) {
    OrderState state = OrderStatuses.ofAlgoOrder(required(algoOrder, "algoStatus"));
    String reason = state == OrderState.REJECTED || state == OrderState.EXPIRED
        ? "conditional order " + state.name().toLowerCase(Locale.ROOT) + " by the exchange"
        : null;
    return new ExecutionReport(
        required(algoOrder, "algoId"),
        required(algoOrder, "clientAlgoId"),
        required(algoOrder, "symbol"),
        state,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        reason,
        updateTime(algoOrder, answeredAt),
        null,
        ExchangeTermsReader.read(algoOrder, "side", "orderType", "timeInForce", "quantity",
            "price", "triggerPrice", "reduceOnly"));
  }

  /**
   * The answer to an algo cancel, {@code {algoId, clientAlgoId, code:"200", msg:"success"}}: it
   * names no symbol and no status, so both come from the request.
   */
  public static ExecutionReport fromAlgoCancel(JsonNode answer, String symbol, Instant answeredAt) {
    return new ExecutionReport(
        required(answer, "algoId"),
        required(answer, "clientAlgoId"),
        symbol,
        OrderState.CANCELED,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        answeredAt);
  }

  private static Instant updateTime(JsonNode node, Instant fallback) {
    Instant update = WireJson.time(node, "updateTime");
    if (update != null) {
      return update;
    }
    Instant created = WireJson.time(node, "time");
    if (created != null) {
      return created;
    }
    Instant algoCreated = WireJson.time(node, "createTime");
    return algoCreated != null ? algoCreated : fallback;
  }

  private static String required(JsonNode node, String field) {
    String value = WireJson.text(node, field);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("exchange order object without " + field);
    }
    return value;
  }
}
