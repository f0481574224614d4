package io.oes.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables, each of which may instead be given as a file named by {@code X_FILE}
 * (the container convention for secrets); the file's content is trimmed. Setting both is a
 * problem, as is an unreadable file. Empty values count as unset.
 */
final class Environment {

  static final String FILE_SUFFIX = "_FILE";

  private final Map<String, String> variables;
  private final Problems problems;
  private final Map<String, Optional<String>> resolved = new HashMap<>();
  private final Map<String, String> origins = new HashMap<>();

  Environment(Map<String, String> variables, Problems problems) {
    this.variables = Map.copyOf(variables);
    this.problems = problems;
  }

  /** The value of {@code name}, from the variable itself or from its file. */
  Optional<String> get(String name) {
    return resolved.computeIfAbsent(name, this::resolve);
  }

  /** Which variable gave {@code name} its value: {@code name} or {@code name_FILE}. */
  String origin(String name) {
    return origins.getOrDefault(name, name);
  }

  private Optional<String> resolve(String name) {
    Optional<String> direct = nonEmpty(name);
    Optional<String> file = nonEmpty(name + FILE_SUFFIX);
    if (direct.isPresent() && file.isPresent()) {
      problems.general(name + " and " + name + FILE_SUFFIX + " are both set: set only one");
      return Optional.empty();
    }
    if (file.isEmpty()) {
      return direct;
    }
    origins.put(name, name + FILE_SUFFIX);
    return read(name + FILE_SUFFIX, Path.of(file.get()));
  }

  private Optional<String> read(String variable, Path path) {
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip());
    } catch (IOException | RuntimeException e) {
      problems.general(
          variable + ": cannot read \"" + path + "\" (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }

  private Optional<String> nonEmpty(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
  }
}
