package io.oes.messaging.json;

import static io.oes.messaging.TestEvents.event;
import static io.oes.messaging.TestEvents.limitOrder;
import static io.oes.messaging.TestEvents.marketOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.core.feed.OrderEvent;
import io.oes.messaging.B25Shape;
import io.oes.core.order.Order;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class B25JsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesTheB25OrderShape() throws Exception {
    JsonNode o = MAPPER.readTree(B25Json.order(limitOrder("O1", "BTCUSDT")));

    B25Shape.assertOrder(o);
    assertThat(B25Shape.fieldNames(o)).containsExactly("order_id", "client_order_id", "symbol",
        "side",        "type", "state", "time_in_force", "quantity", "price", "filled_quantity",
        "average_price", "fee", "fee_asset", "created_at", "updated_at", "user_id",
        "reduce_only", "post_only", "exchange_order_id", "account_id", "exchange_client_id");
    assertThat(o.get("type").asText()).isEqualTo("LIMIT");
    assertThat(o.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(o.get("time_in_force").asText()).isEqualTo("GTC");
    assertThat(o.get("price").decimalValue()).isEqualByComparingTo("40000.1");
    assertThat(o.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00.123456789Z");
    assertThat(o.get("exchange_order_id").asText()).isEqualTo("8389765");
  }

  @Test
  void leavesOutWhatIsEmptyOrZero() throws Exception {
    Order market = marketOrder("O2", "ETHUSDT").withRejectReason(null);
    Order withoutClientId = new Order(market.orderId(), market.accountId(),
        market.request().withClientOrderId(""), null, market.state(), market.filledQuantity(),
        market.averagePrice(), market.fee(), null, null, null, market.createdAt(),
        market.updatedAt());
    JsonNode o = MAPPER.readTree(B25Json.order(withoutClientId));

    assertThat(B25Shape.fieldNames(o)).doesNotContain("client_order_id", "exchange_order_id",
        "price",        "stop_price", "time_in_force", "reject_reason");
    assertThat(o.get("fee_asset").asText()).isEmpty();
    assertThat(o.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00.123456789Z");
  }

  @Test
  void writesNumbersExactlyInPlainNotation() {
    Order order = marketOrder("O3", "ETHUSDT");
    String json = new String(B25Json.order(order), StandardCharsets.UTF_8);

    assertThat(json).contains("\"quantity\":100,").contains("\"fee\":0,");
    OrderEvent filled = event(7, limitOrder("O4", "BTCUSDT"), true);
    assertThat(new String(B25Json.fill(filled.fill(), 7), StandardCharsets.UTF_8))
        .contains("\"fee\":0.00000001,").contains("\"price\":40000.1,");
  }

  @Test
  void readsBackTheSameOrder() {
    Order limit = limitOrder("O5", "BTCUSDT");
    Order market = marketOrder("O6", "ETHUSDT").withRejectReason("insufficient margin");

    assertThat(B25Json.readOrder(B25Json.order(limit))).isEqualTo(limit);
    assertThat(B25Json.readOrder(B25Json.order(market))).isEqualTo(market);
  }

  @Test
  void writesTheWholeExchangeClientIdAndReadsItBack() throws Exception {
    Order limit = limitOrder("O7", "BTCUSDT");

    JsonNode o = MAPPER.readTree(B25Json.order(limit));
    assertThat(o.get("exchange_client_id").asText()).isEqualTo(limit.exchangeClientId())
        .startsWith("oes-c-");
    assertThat(B25Json.readOrder(B25Json.order(limit)).exchangeClientId())
        .isEqualTo(limit.exchangeClientId());
  }

  @Test
  void writesTheUpdateEnvelopeWithSequenceAndFill() throws Exception {
    OrderEvent event = event(42, limitOrder("O7", "BTCUSDT"), true);
    JsonNode e = MAPPER.readTree(B25Json.event(event));

    assertThat(B25Shape.fieldNames(e)).containsExactly("order", "update_type", "timestamp",
        "sequence",        "fill");
    B25Shape.assertOrder(e.get("order"));
    assertThat(e.get("update_type").asText()).isEqualTo("PARTIALLY_FILLED");
    assertThat(e.get("timestamp").asText()).matches(B25Shape.RFC3339);
    assertThat(e.get("sequence").isIntegralNumber()).isTrue();
    assertThat(e.get("sequence").asLong()).isEqualTo(42);
    assertThat(B25Json.readEvent(B25Json.event(event))).isEqualTo(event);
  }

  @Test
  void writesTheB25FillShape() throws Exception {
    OrderEvent event = event(9, limitOrder("O8", "BTCUSDT"), true);
    JsonNode f = MAPPER.readTree(B25Json.fill(event.fill(), 9));

    assertThat(B25Shape.fieldNames(f)).containsExactly("fill_id", "order_id", "symbol", "side",
        "price",        "quantity", "fee", "fee_asset", "timestamp", "is_maker", "sequence");
    assertThat(f.get("is_maker").asBoolean()).isTrue();
    assertThat(f.get("quantity").decimalValue()).isEqualByComparingTo("0.005");
    assertThat(f.get("timestamp").asText()).matches(B25Shape.RFC3339);
  }
}
