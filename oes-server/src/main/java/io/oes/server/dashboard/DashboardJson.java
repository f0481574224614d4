package io.oes.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.risk.TradingState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON the page receives: snake_case names as in the b25 order shape, decimals as exact
 * strings (the page shows them, it does not compute with them), times as RFC 3339. The page
 * puts every value into the document as text, never as markup.
 */
final class DashboardJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private DashboardJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dashboard values are maps, records and strings", e);
    }
  }

  static Map<String, Object> event(OrderEvent event) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sequence", event.sequence());
    json.put("type", event.type().name());
    json.put("time", event.time());
    json.put("order", order(event.order()));
    json.put("fill", event.fill() == null ? null : fill(event.fill(), event.order()));
    return json;
  }

  static Map<String, Object> order(Order order) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("order_id", order.orderId());
    json.put("client_order_id", order.clientOrderId());
    json.put("account_id", order.accountId());
    json.put("user_id", order.userId());
    json.put("symbol", order.symbol());
    json.put("side", order.request().side().name());
    json.put("type", order.request().type().name());
    json.put("time_in_force", order.request().timeInForce() == null ? null
        : order.request().timeInForce().name());
    json.put("state", order.state().name());
    json.put("open", order.state().isOpen());
    json.put("quantity", plain(order.request().quantity()));
    json.put("price", plain(order.request().price()));
    json.put("stop_price", plain(order.request().stopPrice()));
    json.put("filled_quantity", plain(order.filledQuantity()));
    json.put("average_price", plain(order.averagePrice()));
    json.put("reduce_only", order.request().reduceOnly());
    json.put("reject_reason", order.rejectReason());
    json.put("created_at", order.createdAt());
    json.put("updated_at", order.updatedAt());
    return json;
  }

  private static Map<String, Object> fill(Fill fill, Order order) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fill_id", fill.fillId());
    json.put("order_id", fill.orderId());
    json.put("user_id", order.userId());
    json.put("symbol", fill.symbol());
    json.put("side", fill.side().name());
    json.put("price", plain(fill.price()));
    json.put("quantity", plain(fill.quantity()));
    json.put("fee", plain(fill.fee()));
    json.put("fee_asset", fill.feeAsset());
    json.put("maker", fill.maker());
    json.put("time", fill.time());
    return json;
  }

  static Map<String, Object> trading(TradingState state) {
    Map<String, Object> json = new LinkedHashMap<>();
    // by name, so a mode added to the kill switch shows without a change here or in the page
    json.put("mode", state.mode().name());
    json.put("reason", state.reason());
    json.put("changed_by", state.changedBy());
    json.put("changed_at", state.changedAt());
    return json;
  }

  static Map<String, Object> position(io.oes.api.Position position) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("account_id", position.getAccountId());
    json.put("user_id", position.getUserId());
    json.put("symbol", position.getSymbol());
    json.put("size", position.getSizeDecimal());
    json.put("entry_price", position.getEntryPriceDecimal());
    json.put("mark_price", position.getMarkPriceDecimal());
    json.put("unrealized_pnl", position.getUnrealizedPnlDecimal());
    json.put("realized_pnl", position.getRealizedPnlDecimal());
    json.put("fees", position.getFeesDecimal());
    return json;
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
