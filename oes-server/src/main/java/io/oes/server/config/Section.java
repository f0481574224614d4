package io.oes.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.oes.server.config.value.ConfigChoice;
import io.oes.server.config.value.Secret;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A typed, forgiving reader of one mapping of the YAML tree. Each read names a key, which becomes
 * a known key of the section; a wrong value is recorded as a problem and the default is used, so
 * that reading goes on and finds every problem. {@link #rejectUnknownKeys()} then reports keys
 * that nothing read: typos must not be ignored. A missing or null value means "use the default".
 */
final class Section {

  private final String path;
  private final JsonNode node;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Section(String path, JsonNode node, Problems problems) {
    this.path = path;
    this.node = node;
    this.problems = problems;
  }

  static Section root(JsonNode node, Problems problems) {
    return new Section("", node, problems);
  }

  String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A nested mapping; absent means an empty one. */
  Section section(String name) {
    return new Section(key(name), value(name).orElse(MissingNode.getInstance()), problems);
  }

  /** A list of mappings, or empty when the key is absent. */
  Optional<List<Section>> sections(String name) {
    return value(name).filter(v -> isList(name, v)).map(list -> elements(key(name), list));
  }

  boolean has(String name) {
    return value(name).isPresent();
  }

  String string(String name, String fallback) {
    return optionalString(name).orElse(fallback);
  }

  Optional<String> optionalString(String name) {
    return value(name).filter(v -> isScalar(name, v)).map(JsonNode::asText);
  }

  Optional<Secret> secret(String name) {
    return value(name).filter(v -> isScalar(name, v)).map(v -> Secret.of(v.asText()));
  }

  List<String> strings(String name, List<String> fallback) {
    Optional<JsonNode> list = value(name).filter(v -> isList(name, v));
    if (list.isEmpty()) {
      return fallback;
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < list.get().size(); i++) {
      JsonNode element = list.get().get(i);
      if (element.isValueNode() && !element.isNull()) {
        result.add(element.asText());
      } else {
        problems.atKey(
            key(name) + "[" + i + "]", YamlValues.describe(element) + " is not a string");
      }
    }
    return result;
  }

  /** A whole number in {@code [min, max]}; {@code rule} says what is allowed, for problems. */
  long number(String name, long fallback, long min, long max, String rule) {
    Optional<JsonNode> value = value(name);
    if (value.isEmpty()) {
      return fallback;
    }
    Optional<Long> parsed = YamlValues.wholeNumber(value.get());
    if (parsed.isEmpty() || parsed.get() < min || parsed.get() > max) {
      reject(name, rule);
      return fallback;
    }
    return parsed.get();
  }

  /** A non-negative decimal, read from its text so {@code 0.1} stays exactly 0.1. */
  Optional<BigDecimal> decimal(String name) {
    Optional<JsonNode> value = value(name).filter(v -> isScalar(name, v));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal parsed = new BigDecimal(value.get().asText().strip());
      if (parsed.signum() >= 0) {
        return Optional.of(parsed);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(name, "a non-negative decimal number");
    return Optional.empty();
  }

  /** The entries of a mapping whose keys are data (user ids, symbols), each as a section. */
  Map<String, Section> entries(String name) {
    Optional<JsonNode> mapping = value(name);
    if (mapping.isEmpty()) {
      return Map.of();
    }
    if (!mapping.get().isObject()) {
      problems.atKey(key(name), YamlValues.describe(mapping.get()) + " is not a mapping");
      return Map.of();
    }
    Map<String, Section> result = new LinkedHashMap<>();
    mapping.get().fieldNames().forEachRemaining(entry -> result.put(entry,
        new Section(key(name) + "." + entry, mapping.get().get(entry), problems)));
    return result;
  }

  /** The value of this section itself as a non-negative decimal (an entry of a mapping). */
  Optional<BigDecimal> asDecimal() {
    try {
      BigDecimal parsed = new BigDecimal(node.asText().strip());
      if (node.isValueNode() && parsed.signum() >= 0) {
        return Optional.of(parsed);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.atKey(path, YamlValues.describe(node) + " is not a non-negative decimal number");
    return Optional.empty();
  }

  int port(String name, int fallback, String rule) {
    return (int) number(name, fallback, 0, 65_535, rule);
  }

  boolean bool(String name, boolean fallback) {
    Optional<String> text = optionalString(name).map(s -> s.toLowerCase(Locale.ROOT));
    if (text.isEmpty() || text.get().equals("true") || text.get().equals("false")) {
      return text.map(Boolean::parseBoolean).orElse(fallback);
    }
    reject(name, "true or false");
    return fallback;
  }

  <E extends Enum<E> & ConfigChoice> E choice(String name, Class<E> type, E fallback) {
    Optional<String> text = optionalString(name);
    if (text.isEmpty()) {
      return fallback;
    }
    for (E candidate : type.getEnumConstants()) {
      if (candidate.configName().equalsIgnoreCase(text.get().strip())) {
        return candidate;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(ConfigChoice::configName)
            .collect(Collectors.joining(", "));
    reject(name, "one of " + allowed);
    return fallback;
  }

  /** One of a fixed list of words, matched ignoring case and returned as listed. */
  String oneOf(String name, List<String> allowed, String fallback) {
    Optional<String> text = optionalString(name);
    Optional<String> match =
        text.flatMap(t -> allowed.stream().filter(a -> a.equalsIgnoreCase(t.strip())).findFirst());
    if (text.isPresent() && match.isEmpty()) {
      reject(name, "one of " + String.join(", ", allowed));
    }
    return match.orElse(fallback);
  }

  /** An absolute URL with one of the given schemes and a host. */
  Optional<URI> url(String name, Set<String> schemes) {
    Optional<String> text = optionalString(name);
    Optional<URI> uri = text.flatMap(YamlValues::uri);
    boolean valid =
        uri.map(u -> u.getHost() != null && schemes.contains(u.getScheme())).orElse(false);
    if (text.isPresent() && !valid) {
      String allowed = String.join(" or ", schemes.stream().sorted().toList());
      reject(name, "an absolute URL (" + allowed + "://host[:port])");
      return Optional.empty();
    }
    return uri;
  }

  /** Reports keys that no read asked for, and a section that is not a mapping at all. */
  void rejectUnknownKeys() {
    String knownKeys = String.join(", ", known);
    if (!node.isMissingNode() && !node.isNull() && !node.isObject()) {
      problems.atKey(
          path, YamlValues.describe(node) + " is not a mapping (keys: " + knownKeys + ")");
      return;
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                problems.atKey(key(name), "unknown key (known here: " + knownKeys + ")");
              }
            });
  }

  private void reject(String name, String allowed) {
    String value = YamlValues.describe(value(name).orElseThrow());
    problems.atKey(key(name), value + " is not " + allowed);
  }

  private Optional<JsonNode> value(String name) {
    known.add(name);
    return Optional.ofNullable(node.get(name)).filter(v -> !v.isNull() && !v.isMissingNode());
  }

  private boolean isScalar(String name, JsonNode value) {
    if (value.isValueNode()) {
      return true;
    }
    problems.atKey(key(name), YamlValues.describe(value) + " is not a single value");
    return false;
  }

  private boolean isList(String name, JsonNode value) {
    if (value.isArray()) {
      return true;
    }
    problems.atKey(key(name), YamlValues.describe(value) + " is not a list");
    return false;
  }

  private List<Section> elements(String listKey, JsonNode list) {
    List<Section> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      result.add(new Section(listKey + "[" + i + "]", list.get(i), problems));
    }
    return result;
  }
}
