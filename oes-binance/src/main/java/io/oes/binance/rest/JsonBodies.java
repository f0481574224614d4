package io.oes.binance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the few bodies the REST layer itself needs: error objects and the server time. */
final class JsonBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonBodies() {}

  /** The venue error in {@code body}, or null when it is no {@code {"code","msg"}} object. */
  static VenueError errorOf(String body) {
    if (body == null || body.isEmpty() || body.charAt(0) != '{') {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      JsonNode code = node.get("code");
      if (code == null || !code.canConvertToInt()) {
        return null;
      }
      return new VenueError(code.asInt(), node.path("msg").asText(""));
    } catch (JsonProcessingException e) {
      return null; // an HTML error page from a proxy or WAF: the status alone must speak
    }
  }

  /** {@code serverTime} of a {@code /fapi/v1/time} answer, in epoch milliseconds. */
  static long serverTimeOf(String body) {
    try {
      JsonNode serverTime = MAPPER.readTree(body).get("serverTime");
      if (serverTime == null || !serverTime.canConvertToLong()) {
        throw new IllegalStateException("no serverTime in the time answer");
      }
      return serverTime.asLong();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable time answer", e);
    }
  }
}
