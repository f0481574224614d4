package io.oes.messaging.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The b25 JSON shapes (SPEC §6), the one codec for Redis values and NATS payloads:
 *
 * <ul>
 *   <li>order: the §2.1 {@code Order} fields in snake_case, see {@link OrderJson};
 *   <li>event: {@code {"order":{…},"update_type":"…","timestamp":"<RFC 3339>","sequence":N}},
 *       plus {@code "fill":{…}} when a fill caused it;
 *   <li>fill: {@code fill_id, order_id, symbol, side, price, quantity, fee, fee_asset,
 *       timestamp, is_maker}, plus {@code sequence} when published.
 * </ul>
 *
 * <p>Numbers are written from the exact decimals in plain notation ({@code 0.00001}, never
 * {@code 1E-5}) and read back as exact decimals; no double is involved. Thread-safe.
 */
public final class B25Json {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final ObjectMapper READER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private B25Json() {}

  /** The b25 order object. */
  public static byte[] order(Order order) {
    return write(g -> OrderJson.write(g, order));
  }

  /**
   * An answer about one order, as NATS order entry replies: {@code fields} as strings (in their
   * order, empty ones left out), then the b25 order under {@code "order"}.
   */
  public static byte[] answer(Map<String, String> fields, Order order) {
    return write(g -> {
      g.writeStartObject();
      for (Map.Entry<String, String> field : fields.entrySet()) {
        if (field.getValue() != null && !field.getValue().isEmpty()) {
          g.writeStringField(field.getKey(), field.getValue());
        }
      }
      g.writeFieldName("order");
      OrderJson.write(g, order);
      g.writeEndObject();
    });
  }

  /** A time as the b25 shapes write it: RFC 3339, UTC, with a fraction. */
  public static String time(Instant instant) {
    return Rfc3339.format(instant);
  }

  /** The b25 order update, as published on {@code orders.updates.{SYMBOL}}. */
  public static byte[] event(OrderEvent event) {
    return write(g -> {
      g.writeStartObject();
      g.writeFieldName("order");
      OrderJson.write(g, event.order());
      g.writeStringField("update_type", event.type().name());
      g.writeStringField("timestamp", Rfc3339.format(timeOf(event)));
      g.writeNumberField("sequence", event.sequence());
      if (event.fill() != null) {
        g.writeFieldName("fill");
        FillJson.write(g, event.fill(), -1);
      }
      g.writeEndObject();
    });
  }

  /** A fill, as published on {@code orders.fills.{SYMBOL}}; {@code sequence} omitted if < 0. */
  public static byte[] fill(Fill fill, long sequence) {
    return write(g -> FillJson.write(g, fill, sequence));
  }

  /**
   * Reads an order written by {@link #order} (or any b25 order carrying the extra fields).
   *
   * @throws IllegalArgumentException when it is not JSON, or when its {@code exchange_client_id}
   *     does not end with its {@code order_id} (oes sends its prefix followed by the order id)
   */
  public static Order readOrder(byte[] json) {
    return OrderJson.read(tree(json));
  }

  /** Reads the order, type, time, sequence and fill of an update written by {@link #event}. */
  public static OrderEvent readEvent(byte[] json) {
    JsonNode n = tree(json);
    Order order = OrderJson.read(n.path("order"));
    Fill fill = n.hasNonNull("fill") ? FillJson.read(n.get("fill")) : null;
    return new OrderEvent(n.path("sequence").asLong(), order,
        io.oes.core.feed.UpdateType.valueOf(n.path("update_type").asText()), fill,
        Rfc3339.parse(n.path("timestamp").asText()));
  }

  private static Instant timeOf(OrderEvent event) {
    return event.time() != null ? event.time() : event.order().updatedAt();
  }

  private static JsonNode tree(byte[] json) {
    try {
      return READER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not b25 JSON: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory: only a bug gets here
    }
    return out.toByteArray();
  }
}
