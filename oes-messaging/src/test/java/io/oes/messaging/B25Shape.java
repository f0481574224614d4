package io.oes.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions on the b25 JSON shapes, shared by the codec, Redis and NATS tests. */
public final class B25Shape {
  /** RFC 3339 UTC with a fraction of 3 to 9 digits. */
  public static final String RFC3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3,9}Z";

  private B25Shape() {}

  public static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The b25 order: field names, JSON types, enum names, RFC 3339 times. */
  public static void assertOrder(JsonNode o) {
    assertThat(fieldNames(o)).contains("order_id", "symbol", "side", "type", "state",
        "quantity", "filled_quantity", "average_price", "fee", "fee_asset", "created_at",
        "updated_at", "user_id", "reduce_only", "post_only");
    for (String number : List.of("quantity", "filled_quantity", "average_price", "fee")) {
      assertThat(o.get(number).isNumber()).as(number).isTrue();
    }
    assertThat(o.get("side").asText()).isIn("BUY", "SELL");
    assertThat(o.get("reduce_only").isBoolean()).isTrue();
    assertThat(o.get("created_at").asText()).matches(RFC3339);
    assertThat(o.get("updated_at").asText()).matches(RFC3339);
  }
}
