package io.oes.messaging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.order.Fill;
import io.oes.core.order.Side;
import java.io.IOException;

/** The b25 fill object: the §2.1 {@code Fill} fields in snake_case. */
final class FillJson {
  private FillJson() {}

  static void write(JsonGenerator g, Fill fill, long sequence) throws IOException {
    g.writeStartObject();
    g.writeStringField("fill_id", fill.fillId());
    g.writeStringField("order_id", fill.orderId());
    g.writeStringField("symbol", fill.symbol());
    g.writeStringField("side", fill.side().name());
    OrderJson.decimal(g, "price", fill.price());
    OrderJson.decimal(g, "quantity", fill.quantity());
    OrderJson.decimal(g, "fee", fill.fee());
    g.writeStringField("fee_asset", fill.feeAsset() == null ? "" : fill.feeAsset());
    g.writeStringField("timestamp", Rfc3339.format(fill.time()));
    g.writeBooleanField("is_maker", fill.maker());
    if (sequence >= 0) {
      g.writeNumberField("sequence", sequence);
    }
    g.writeEndObject();
  }

  static Fill read(JsonNode n) {
    return new Fill(n.path("fill_id").asText(), n.path("order_id").asText(),
        n.path("symbol").asText(), Side.valueOf(n.path("side").asText()),
        OrderJson.decimal(n, "price"), OrderJson.decimal(n, "quantity"),
        OrderJson.decimal(n, "fee"), OrderJson.text(n, "fee_asset"),
        n.path("is_maker").asBoolean(), Rfc3339.parse(n.path("timestamp").asText()));
  }
}
