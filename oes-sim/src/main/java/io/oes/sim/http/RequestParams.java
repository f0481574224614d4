package io.oes.sim.http;

import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.RejectionException;
import io.oes.sim.rejection.Rejections;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded parameters of a request, from the query string and the form-encoded body together;
 * a name sent in both takes its query value, as on Binance. Parsed from the raw text without
 * regard to Content-Type, because clients send form fields under a JSON Content-Type too.
 */
final class RequestParams {
  private final Map<String, String> values;

  private RequestParams(Map<String, String> values) {
    this.values = values;
  }

  static RequestParams parse(String rawQuery, String rawBody) {
    Map<String, String> values = new HashMap<>();
    putAll(values, rawQuery);
    putAll(values, rawBody);
    return new RequestParams(values);
  }

  /** Parameters given as name and value, e.g. one entry of a batch. */
  static RequestParams of(Map<String, String> values) {
    return new RequestParams(new HashMap<>(values));
  }

  /** The value of {@code name}; empty when absent or sent empty. */
  Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
  }

  /** The value of {@code name}, or -1102 naming the parameter. */
  String required(String name) {
    return optional(name).orElseThrow(() -> refuse(Rejections.mandatoryParameter(name)));
  }

  static RejectionException refuse(Rejection rejection) {
    return new RejectionException(rejection);
  }

  // Earlier sources win: the query is read before the body, and a repeated name keeps its first.
  private static void putAll(Map<String, String> values, String raw) {
    if (raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      values.putIfAbsent(name, value);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refuse(Rejection.badRequest(-1100, "Illegal characters found in a parameter."));
    }
  }
}
