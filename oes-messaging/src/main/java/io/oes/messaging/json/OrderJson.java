package io.oes.messaging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The b25 order object. The §2.1 fields in snake_case, enums by name, decimals as JSON numbers
 * written from the exact decimal, times as RFC 3339 UTC. {@code client_order_id}, {@code
 * exchange_order_id}, {@code price} and {@code stop_price} are left out when empty or zero,
 * and {@code time_in_force} when the order has none. The extra fields {@code account_id},
 * {@code exchange_client_id} and {@code reject_reason} let a reader rebuild the whole order;
 * b25 consumers ignore them.
 */
final class OrderJson {
  private OrderJson() {}

  static void write(JsonGenerator g, Order order) throws IOException {
    OrderRequest r = order.request();
    g.writeStartObject();
    g.writeStringField("order_id", order.orderId());
    optionalString(g, "client_order_id", r.clientOrderId());
    g.writeStringField("symbol", r.symbol());
    g.writeStringField("side", r.side().name());
    g.writeStringField("type", r.type().name());
    g.writeStringField("state", order.state().name());
    if (r.timeInForce() != null) {
      g.writeStringField("time_in_force", r.timeInForce().name());
    }
    decimal(g, "quantity", r.quantity());
    optionalDecimal(g, "price", r.price());
    optionalDecimal(g, "stop_price", r.stopPrice());
    decimal(g, "filled_quantity", order.filledQuantity());
    decimal(g, "average_price", order.averagePrice());
    decimal(g, "fee", order.fee());
    g.writeStringField("fee_asset", orEmpty(order.feeAsset()));
    g.writeStringField("created_at", Rfc3339.format(order.createdAt()));
    g.writeStringField("updated_at", Rfc3339.format(order.updatedAt()));
    g.writeStringField("user_id", orEmpty(r.userId()));
    g.writeBooleanField("reduce_only", r.reduceOnly());
    g.writeBooleanField("post_only", r.postOnly());
    optionalString(g, "exchange_order_id", order.exchangeOrderId());
    g.writeStringField("account_id", order.accountId());
    optionalString(g, "exchange_client_id", order.exchangeClientId());
    optionalString(g, "reject_reason", order.rejectReason());
    g.writeEndObject();
  }

  static Order read(JsonNode n) {
    OrderRequest request = new OrderRequest(
        text(n, "user_id"), text(n, "client_order_id"), n.path("symbol").asText(),
        Side.valueOf(n.path("side").asText()), OrderType.valueOf(n.path("type").asText()),
        n.hasNonNull("time_in_force") ? TimeInForce.valueOf(n.get("time_in_force").asText())
            : null,
        decimal(n, "quantity"), optionalDecimal(n, "price"), optionalDecimal(n, "stop_price"),
        n.path("reduce_only").asBoolean(), n.path("post_only").asBoolean());
    String orderId = n.path("order_id").asText();
    return new Order(
        orderId, n.path("account_id").asText(), request,
        text(n, "exchange_client_id"),
        OrderState.valueOf(n.path("state").asText()),
        decimal(n, "filled_quantity"), decimal(n, "average_price"), decimal(n, "fee"),
        text(n, "fee_asset"), text(n, "exchange_order_id"), text(n, "reject_reason"),
        Rfc3339.parse(n.path("created_at").asText()), Rfc3339.parse(n.path("updated_at").asText()));
  }

  static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
    BigDecimal exact = value == null || value.signum() == 0 ? BigDecimal.ZERO
        : value.stripTrailingZeros();
    g.writeNumberField(field, exact);
  }

  /** The decimal in {@code field}, zero when absent, without trailing zeros. */
  static BigDecimal decimal(JsonNode n, String field) {
    BigDecimal value = optionalDecimal(n, field);
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The string in {@code field}; null when absent or empty, as the order model has it. */
  static String text(JsonNode n, String field) {
    JsonNode value = n.get(field);
    return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }

  private static BigDecimal optionalDecimal(JsonNode n, String field) {
    JsonNode value = n.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    BigDecimal exact = value.decimalValue();
    return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
  }

  private static void optionalDecimal(JsonGenerator g, String field, BigDecimal value)
      throws IOException {
    if (value != null && value.signum() != 0) {
      decimal(g, field, value);
    }
  }

  private static void optionalString(JsonGenerator g, String field, String value)
      throws IOException {
    if (value != null && !value.isEmpty()) {
      g.writeStringField(field, value);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
