package io.oes.sim.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The requests a client may send on a stream connection ("Live subscribing/unsubscribing"):
 * {@code SUBSCRIBE}, {@code UNSUBSCRIBE}, {@code LIST_SUBSCRIPTIONS}, {@code SET_PROPERTY} and
 * {@code GET_PROPERTY}, answered {@code {"result":…,"id":…}}, or {@code {"error":{code,msg},
 * "id":…}} with Binance's codes: 0 unknown property, 1 wrong value type, 2 invalid request, 3
 * invalid JSON. A name that is not a known stream is accepted and stays silent, as on Binance; a
 * listen key among the names subscribes the account's user data. Stateless and thread-safe.
 */
final class StreamRequests {
  private static final Set<String> FIELDS = Set.of("method", "params", "id");
  private static final String METHODS = "expected one of `SUBSCRIBE`, `UNSUBSCRIBE`, "
      + "`LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`";

  private final ObjectMapper mapper = new ObjectMapper();
  private final StreamRegistry registry;
  private final int maxStreams;

  StreamRequests(StreamRegistry registry, int maxStreams) {
    this.registry = registry;
    this.maxStreams = maxStreams;
  }

  /** Handles one text frame and returns the answer to send back. */
  String answer(StreamConnection connection, String text) {
    if (text.isBlank()) {
      return error(null, 3, "Invalid JSON: expected value at line 1 column 1");
    }
    JsonNode request;
    try {
      request = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      return error(null, 3, "Invalid JSON: expected value at line "
          + (at == null ? 1 : at.getLineNr()) + " column " + (at == null ? 1 : at.getColumnNr()));
    }
    if (request == null || !request.isObject() || !request.has("method")) {
      return error(null, 2, "Invalid request: missing field `method` at line 1 column "
          + text.length());
    }
    JsonNode id = request.get("id");
    if (!validId(id)) {
      return error(null, 2, "Invalid request: request ID must be an unsigned integer");
    }
    List<String> fields = new ArrayList<>();
    request.fieldNames().forEachRemaining(fields::add);
    if (!FIELDS.containsAll(fields)) {
      return error(id, 2, "Invalid request: too many parameters");
    }
    String method = request.get("method").asText();
    JsonNode params = request.path("params");
    return switch (method) {
      case "SUBSCRIBE" -> subscribe(connection, id, params);
      case "UNSUBSCRIBE" -> unsubscribe(connection, id, params);
      case "LIST_SUBSCRIPTIONS" -> result(id, mapper.valueToTree(connection.streams()));
      case "SET_PROPERTY" -> setProperty(connection, id, params);
      case "GET_PROPERTY" -> getProperty(connection, id, params);
      default -> error(id, 2, "Invalid request: unknown variant `" + method + "`, " + METHODS
          + " at line 1 column " + (text.indexOf(method) + method.length() + 1));
    };
  }

  private String subscribe(StreamConnection connection, JsonNode id, JsonNode params) {
    List<String> names = names(params);
    if (names == null) {
      return error(id, 2, "Invalid request: params must be a list of stream names");
    }
    Set<String> held = Set.copyOf(connection.streams());
    long fresh = names.stream().distinct().filter(name -> !held.contains(name)).count();
    if (connection.streamCount() + fresh > maxStreams) {
      return error(id, 2, "Invalid request: a connection can listen to at most " + maxStreams
          + " streams");
    }
    names.forEach(name -> registry.subscribe(connection, name));
    return result(id, null);
  }

  private String unsubscribe(StreamConnection connection, JsonNode id, JsonNode params) {
    List<String> names = names(params);
    if (names == null) {
      return error(id, 2, "Invalid request: params must be a list of stream names");
    }
    names.forEach(name -> registry.unsubscribe(connection, name));
    return result(id, null);
  }

  private String setProperty(StreamConnection connection, JsonNode id, JsonNode params) {
    if (!params.path(0).isTextual()) {
      return error(id, 2, "Invalid request: property name must be a string");
    }
    if (!params.path(0).asText().equals("combined")) {
      return error(id, 0, "Unknown property");
    }
    if (!params.path(1).isBoolean()) {
      return error(id, 1, "Invalid value type: expected Boolean");
    }
    connection.combined(params.get(1).asBoolean());
    return result(id, null);
  }

  private String getProperty(StreamConnection connection, JsonNode id, JsonNode params) {
    if (!params.path(0).isTextual()) {
      return error(id, 2, "Invalid request: property name must be a string");
    }
    if (!params.path(0).asText().equals("combined")) {
      return error(id, 0, "Unknown property");
    }
    return result(id, mapper.getNodeFactory().booleanNode(connection.combined()));
  }

  /** The stream names of a request, or null when params is no list of strings. */
  private static List<String> names(JsonNode params) {
    if (!params.isArray()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : params) {
      if (!name.isTextual()) {
        return null;
      }
      names.add(name.asText());
    }
    return names;
  }

  // The docs ask for an unsigned integer; Binance's own connectors also send strings.
  private static boolean validId(JsonNode id) {
    return id != null && (id.isTextual() || id.isIntegralNumber() && id.asLong() >= 0);
  }

  private String result(JsonNode id, JsonNode result) {
    ObjectNode answer = mapper.createObjectNode();
    answer.set("result", result);
    answer.set("id", id);
    return answer.toString();
  }

  private String error(JsonNode id, int code, String msg) {
    ObjectNode answer = mapper.createObjectNode();
    answer.putObject("error").put("code", code).put("msg", msg);
    answer.set("id", id);
    return answer.toString();
  }
}
