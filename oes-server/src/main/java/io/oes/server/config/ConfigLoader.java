package io.oes.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds an {@link OesConfig}: the YAML file (if any) with {@code ${VAR}} / {@code ${VAR:-default}}
 * expanded, then the environment overrides ({@code BINANCE_API_KEY}, {@code BINANCE_SECRET_KEY},
 * {@code BINANCE_TESTNET}, {@code EXCHANGE_MODE}, {@code REDIS_ADDRESS}, {@code NATS_ADDRESS},
 * {@code DATABASE_URL}, {@code LOG_LEVEL}, {@code LOG_FORMAT}, {@code GRPC_PORT}, {@code
 * HTTP_PORT}, {@code OES_HOST}; each also as {@code X_FILE}), then the defaults; and validates
 * the result as a whole. Every problem found is reported in one {@link ConfigException}.
 *
 * <p>The environment is passed in, so tests need no real one. Not thread-safe; use once.
 */
public final class ConfigLoader {

  private final Map<String, String> environment;

  /** A loader reading variables from {@code environment} (e.g. {@code System.getenv()}). */
  public ConfigLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** A loader reading the process's environment variables. */
  public static ConfigLoader fromSystemEnvironment() {
    return new ConfigLoader(System.getenv());
  }

  /** The configuration from a YAML file, then the environment, then the defaults. */
  public OesConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read the configuration file (" + e + ")"));
    }
    return parse(text, file.toString());
  }

  /** The configuration with no file: the environment, then the defaults. */
  public OesConfig loadDefaults() {
    return parse("", "config");
  }

  /** The configuration from YAML text, then the environment, then the defaults. */
  public OesConfig parse(String yaml) {
    return parse(yaml, "config");
  }

  private OesConfig parse(String yaml, String source) {
    Problems problems = new Problems();
    Environment env = new Environment(environment, problems);
    String expanded = new VariableExpander(env, problems).expand(yaml, source);
    ObjectNode tree = readTree(expanded, source, problems);
    new EnvironmentOverrides(env, problems).apply(tree);
    OesConfig config = new ConfigBinder().bind(Section.root(tree, problems));
    new ConfigValidator(problems).validate(config);
    problems.throwIfAny();
    return config;
  }

  private static ObjectNode readTree(String yaml, String source, Problems problems) {
    if (yaml.isBlank()) {
      // No file (the embedded default): nothing to parse, and setting up the YAML parser is a
      // noticeable part of oes serve's start.
      return JsonNodeFactory.instance.objectNode();
    }
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    // A key written twice is as likely a mistake as a typo; never let the last one win silently.
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode tree;
    try {
      tree = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      problems.general(source + ": " + syntaxError(e));
      throw problems.failure();
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return mapper.createObjectNode();
    }
    if (tree instanceof ObjectNode object) {
      return object;
    }
    problems.general(
        source + ": the document is not a mapping of sections (server:, exchange:, …)");
    throw problems.failure();
  }

  // The parser's own message quotes the offending line, which may hold an expanded secret.
  private static String syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      int line = yaml.getProblemMark().getLine() + 1;
      int column = yaml.getProblemMark().getColumn() + 1;
      return "line " + line + ", column " + column + ": not valid YAML (" + yaml.getProblem() + ")";
    }
    if (e.getLocation() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
      return "line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage();
    }
    String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    return where + "not valid YAML";
  }
}
