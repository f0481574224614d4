package io.oes.binance.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;

/** Reading Binance JSON: decimals arrive as strings and are kept exact, times as epoch millis. */
public final class WireJson {
  /**
   * Parses with buffers from one pool shared by every thread: answers are parsed on whichever
   * thread the HTTP client completes them on, and a buffer per thread was allocated afresh for
   * most answers (8 KB each).
   */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build());

  private WireJson() {}

  /** The parsed body; an unreadable body is an {@link IllegalStateException}. */
  public static JsonNode read(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON from the exchange", e);
    }
  }

  /** The decimal in {@code field}, or {@code fallback} when absent or empty. */
  static BigDecimal decimal(JsonNode node, String field, BigDecimal fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      return fallback;
    }
    // From the text, never via double: "0.1" must stay exactly 0.1.
    return new BigDecimal(value.asText());
  }

  /** The text in {@code field}, or null when absent. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The epoch-millisecond time in {@code field}, or null when absent or zero. */
  static Instant time(JsonNode node, String field) {
    long millis = node.path(field).asLong(0);
    return millis > 0 ? Instant.ofEpochMilli(millis) : null;
  }
}
