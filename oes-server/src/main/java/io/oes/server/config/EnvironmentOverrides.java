package io.oes.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the well-known environment variables into the parsed YAML tree, so that they win over
 * the file and go through the same checks. Setting an address or database URL also selects the
 * matching backend, unless the file chose one explicitly (then a mismatch is reported later).
 */
final class EnvironmentOverrides {

  /** A variable and the key it overrides. */
  private record Override(String variable, String section, String key) {}

  private static final List<Override> PLAIN =
      List.of(
          new Override("OES_HOST", "server", "host"),
          new Override("GRPC_PORT", "server", "grpc_port"),
          new Override("HTTP_PORT", "server", "http_port"),
          new Override("EXCHANGE_MODE", "exchange", "mode"),
          new Override("REDIS_ADDRESS", "cache", "address"),
          new Override("NATS_ADDRESS", "events", "address"),
          new Override("DATABASE_URL", "store", "url"),
          new Override("LOG_LEVEL", "log", "level"),
          new Override("LOG_FORMAT", "log", "format"),
          new Override("OES_ALLOW_INSECURE_BIND", "security", "allow_insecure_bind"));

  private final Environment environment;
  private final Problems problems;

  EnvironmentOverrides(Environment environment, Problems problems) {
    this.environment = environment;
    this.problems = problems;
  }

  void apply(ObjectNode root) {
    selectBackend(root, "REDIS_ADDRESS", "cache", "redis");
    selectBackend(root, "NATS_ADDRESS", "events", "nats");
    environment.get("DATABASE_URL").flatMap(EnvironmentOverrides::storeTypeOf)
        .ifPresent(type -> selectBackend(root, "DATABASE_URL", "store", type));
    for (Override override : PLAIN) {
      set(root, override.variable(), override.section(), override.key());
    }
    applyTestnet(root);
    applyCredentials(root);
  }

  private void set(ObjectNode root, String variable, String section, String key) {
    environment
        .get(variable)
        .ifPresent(
            value -> {
              sectionOf(root, section).ifPresent(node -> node.put(key, value));
              problems.keySetBy(section + "." + key, environment.origin(variable));
            });
  }

  private void selectBackend(ObjectNode root, String variable, String section, String type) {
    Optional<ObjectNode> node = sectionOf(root, section);
    boolean chosenInFile = node.map(n -> n.hasNonNull("type")).orElse(true);
    if (environment.get(variable).isPresent() && !chosenInFile) {
      node.get().put("type", type);
    }
  }

  // BINANCE_TESTNET=false deliberately selects nothing: live trading is never chosen implicitly.
  private void applyTestnet(ObjectNode root) {
    Optional<String> testnet = environment.get("BINANCE_TESTNET");
    if (testnet.isEmpty()) {
      return;
    }
    String flag = testnet.get().strip().toLowerCase(Locale.ROOT);
    if (!flag.equals("true") && !flag.equals("false")) {
      problems.general("BINANCE_TESTNET: \"" + testnet.get() + "\" is not true or false");
      return;
    }
    Optional<String> mode = environment.get("EXCHANGE_MODE");
    if (flag.equals("true") && mode.isPresent() && !mode.get().equalsIgnoreCase("testnet")) {
      problems.general(
          "BINANCE_TESTNET: true contradicts EXCHANGE_MODE=" + mode.get() + ": set only one");
    } else if (flag.equals("true")) {
      sectionOf(root, "exchange").ifPresent(node -> node.put("mode", "testnet"));
      problems.keySetBy("exchange.mode", environment.origin("BINANCE_TESTNET"));
    }
  }

  private void applyCredentials(ObjectNode root) {
    Optional<String> apiKey = environment.get("BINANCE_API_KEY");
    Optional<String> secretKey = environment.get("BINANCE_SECRET_KEY");
    if (apiKey.isEmpty() && secretKey.isEmpty()) {
      return;
    }
    firstAccount(root)
        .ifPresent(
            account -> {
              apiKey.ifPresent(value -> account.put("api_key", value));
              secretKey.ifPresent(value -> account.put("secret_key", value));
            });
  }

  // Absent accounts become the default one; a malformed list is left for the binder to report.
  private Optional<ObjectNode> firstAccount(ObjectNode root) {
    Optional<ObjectNode> exchange = sectionOf(root, "exchange");
    if (exchange.isEmpty()) {
      return Optional.empty();
    }
    JsonNode accounts = exchange.get().get("accounts");
    if (accounts == null || accounts.isNull()) {
      accounts = exchange.get().putArray("accounts");
    }
    if (!(accounts instanceof ArrayNode list)) {
      return Optional.empty();
    }
    if (list.isEmpty()) {
      list.addObject();
    }
    return list.get(0) instanceof ObjectNode first ? Optional.of(first) : Optional.empty();
  }

  // A section that is present but not a mapping is left as it is, for the binder to report.
  private static Optional<ObjectNode> sectionOf(ObjectNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return Optional.of(root.putObject(name));
    }
    return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  private static Optional<String> storeTypeOf(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return Optional.of("sqlite");
    }
    boolean postgres =
        lower.startsWith("jdbc:postgresql:")
            || lower.startsWith("postgres://")
            || lower.startsWith("postgresql://");
    return postgres ? Optional.of("postgres") : Optional.empty();
  }
}
