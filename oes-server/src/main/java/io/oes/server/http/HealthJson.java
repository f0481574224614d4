package io.oes.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.server.health.CheckReport;
import io.oes.server.health.HealthReport;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The b25 {@code /health} body: {@code {"status","timestamp","checks":{name:{name,status,message,
 * duration_ms}},"version"}}, with the timestamp in RFC 3339 UTC.
 */
final class HealthJson {

  private final ObjectMapper mapper = new ObjectMapper();
  private final String version;

  HealthJson(String version) {
    this.version = version;
  }

  String render(HealthReport report) {
    Map<String, Object> checks = new LinkedHashMap<>();
    for (CheckReport check : report.checks()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", check.name());
      entry.put("status", check.status().wireName());
      entry.put("message", check.message());
      entry.put("duration_ms", check.durationMs());
      checks.put(check.name(), entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.status().wireName());
    body.put(
        "timestamp",
        DateTimeFormatter.ISO_INSTANT.format(report.timestamp().truncatedTo(ChronoUnit.MILLIS)));
    body.put("checks", checks);
    body.put("version", version);
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialize", e);
    }
  }
}
