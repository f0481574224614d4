package io.oes.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Reading and describing single YAML values, for {@link Section}. */
final class YamlValues {

  private YamlValues() {}

  /** How a value is shown in a problem: strings quoted, numbers as written, no contents. */
  static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    return value.isArray() ? "a list" : value.toString();
  }

  /** A whole number written as a number or as text (environment variables are text). */
  static Optional<Long> wholeNumber(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Optional.of(value.asLong());
    }
    if (!value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.asText().strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<URI> uri(String text) {
    try {
      return Optional.of(new URI(text.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
