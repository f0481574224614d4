package io.oes.sim.wsapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request frame, read: its {@code id} (echoed as sent: text, number or null), its method
 * and its parameters as text, numbers written out plainly as the client wrote them. A frame that
 * is no such request carries the refusal to answer with instead.
 */
record TradingFrame(JsonNode id, String method, Map<String, String> params,
    Optional<Rejection> refusal) {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static TradingFrame parse(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException e) {
      return refused(NullNode.instance, notARequest());
    }
    if (root == null || !root.isObject()) {
      return refused(NullNode.instance, notARequest());
    }
    JsonNode id = root.path("id").isMissingNode() ? NullNode.instance : root.get("id");
    JsonNode method = root.path("method");
    if (!method.isTextual() || method.asText().isEmpty()) {
      return refused(id, Rejections.mandatoryParameter("method"));
    }
    JsonNode params = root.path("params");
    if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
      return refused(id, Rejections.invalidParameter("params"));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : params.properties()) {
      if (!field.getValue().isNull()) {
        values.put(field.getKey(), text(field.getValue()));
      }
    }
    return new TradingFrame(id, method.asText(), values, Optional.empty());
  }

  /** The answer to a frame no request could be read from (a binary one included). */
  static TradingFrame unreadable() {
    return refused(NullNode.instance, notARequest());
  }

  private static TradingFrame refused(JsonNode id, Rejection rejection) {
    return new TradingFrame(id, "", Map.of(), Optional.of(rejection));
  }

  private static Rejection notARequest() {
    return Rejection.badRequest(-1102, "Malformed request: a frame must be a JSON object"
        + " {\"id\", \"method\", \"params\"}.");
  }

  private static String text(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBigDecimal()) {
      BigDecimal decimal = value.decimalValue();
      return decimal.toPlainString();
    }
    // Lists and objects are signed as their JSON, as the connectors do.
    return value.isContainerNode() ? value.toString() : value.asText();
  }
}
