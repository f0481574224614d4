package io.oes.server.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem found while loading, so that one run shows them all. Remembers which
 * keys were set by environment variables, so a problem with such a key names the variable too.
 */
final class Problems {

  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> variableByKey = new HashMap<>();

  /** A problem with a configuration key, e.g. {@code server.grpc_port}. */
  void atKey(String key, String message) {
    String variable = variableByKey.get(key);
    String origin = variable == null ? "" : " (set by " + variable + ")";
    lines.add(key + ": " + message + origin);
  }

  /** A problem with no single key: a variable, a line of the file. */
  void general(String message) {
    lines.add(message);
  }

  /** Records that an environment variable gave this key its value. */
  void keySetBy(String key, String variable) {
    variableByKey.put(key, variable);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The exception carrying everything found so far, for a problem that ends loading early. */
  ConfigException failure() {
    return new ConfigException(lines);
  }

  /** Stops here when anything was found. */
  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new ConfigException(lines);
    }
  }
}
