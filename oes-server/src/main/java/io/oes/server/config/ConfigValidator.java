package io.oes.server.config;

import io.oes.server.config.value.Secret;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that relate keys to each other: ports that clash, accounts and their credentials,
 * backends and their addresses. Each rule adds its problems; none stops the others.
 */
final class ConfigValidator {

  private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s]+");

  private final Problems problems;

  ConfigValidator(Problems problems) {
    this.problems = problems;
  }

  void validate(OesConfig config) {
    server(config.server());
    ports(config);
    accounts(config.exchange().accounts());
    cluster(config);
    credentials(config.exchange());
    backends(config);
    security(config);
  }

  /** The bind rule (no unauthenticated non-loopback host) is applied when the gateway binds. */
  private void security(OesConfig config) {
    config.security().problems().forEach(problems::general);
  }

  private void server(ServerConfig server) {
    if (server.host().isEmpty()) {
      problems.atKey("server.host", "\"\" is empty (an address or host name to bind)");
    }
    List<String> origins = server.corsAllowedOrigins();
    for (int i = 0; i < origins.size(); i++) {
      String origin = origins.get(i);
      if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
        problems.atKey(
            "server.cors_allowed_origins[" + i + "]",
            quoted(origin) + " is not an origin (*, or http[s]://host[:port] without a path)");
      }
    }
  }

  // Port 0 means "any free port", so it never clashes.
  private void ports(OesConfig config) {
    Map<Integer, String> owners = new HashMap<>();
    claim(owners, "server.grpc_port", config.server().grpcPort());
    claim(owners, "server.http_port", config.server().httpPort());
    if (config.exchange().mode() == ExchangeMode.SIM) {
      claim(owners, "sim.port", config.sim().port());
    }
  }

  private void claim(Map<Integer, String> owners, String key, int port) {
    String owner = port == 0 ? null : owners.putIfAbsent(port, key);
    if (owner != null) {
      problems.atKey(key, port + " is already used by " + owner + " (each service needs its own)");
    }
  }

  private void accounts(List<AccountConfig> accounts) {
    if (accounts.isEmpty()) {
      problems.atKey("exchange.accounts", "[] is empty (at least one account)");
    }
    Set<String> ids = new HashSet<>();
    Map<String, String> accountByUser = new HashMap<>();
    String everyone = null;
    for (int i = 0; i < accounts.size(); i++) {
      AccountConfig account = accounts.get(i);
      String key = "exchange.accounts[" + i + "]";
      if (!ACCOUNT_ID.matcher(account.id()).matches()) {
        problems.atKey(key + ".id", quoted(account.id())
            + " is not an account id (1-32 letters, digits, _ or -)");
      } else if (!ids.add(account.id())) {
        problems.atKey(key + ".id", quoted(account.id()) + " is used by an earlier account");
      }
      for (String user : account.users()) {
        String other = accountByUser.putIfAbsent(user, account.id());
        if (other != null) {
          problems.atKey(key + ".users", quoted(user) + " is already routed to account "
              + quoted(other) + " (a user belongs to one account)");
        }
      }
      if (account.servesEveryone() && everyone != null) {
        problems.atKey(key + ".users", "[] is empty, and so is that of account " + quoted(everyone)
            + " (only one account may take every other user)");
      }
      everyone = account.servesEveryone() && everyone == null ? account.id() : everyone;
    }
  }

  private void credentials(ExchangeConfig exchange) {
    List<AccountConfig> accounts = exchange.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      String key = "exchange.accounts[" + i + "]";
      boolean first = i == 0;
      credential(exchange.mode(), key + ".api_key", accounts.get(i).apiKey(),
          first ? "BINANCE_API_KEY" : null);
      credential(exchange.mode(), key + ".secret_key", accounts.get(i).secretKey(),
          first ? "BINANCE_SECRET_KEY" : null);
    }
  }

  private void credential(ExchangeMode mode, String key, Optional<Secret> value, String variable) {
    if (value.isPresent() && value.get().isBlank()) {
      problems.atKey(key, "*** is blank (a key from the exchange)");
    } else if (value.isEmpty() && mode.needsCredentials()) {
      String source = variable == null
          ? "this key in the configuration file"
          : variable + " (or " + variable + Environment.FILE_SUFFIX + ")";
      problems.atKey(key, "missing — " + mode.configName() + " mode needs " + source);
    }
  }

  private void cluster(OesConfig config) {
    ClusterConfig cluster = config.cluster();
    if (cluster.enabled() && cluster.address().isEmpty() && config.server().grpcPort() == 0) {
      problems.atKey("cluster.address", "missing — with server.grpc_port 0 the other instances"
          + " cannot know where to reach this one");
    }
    if (cluster.enabled() && config.events().type() == EventsType.NATS
        && config.events().jetStream().isEmpty()) {
      problems.atKey("cluster.enabled", "is true with events.type nats but no"
          + " events.jetstream_stream — every instance relays the shared journal, and only"
          + " JetStream keeps each event once");
    }
    if (!cluster.enabled() && !cluster.accounts().isEmpty()) {
      problems.atKey("cluster.accounts", "is set but cluster.enabled is false");
    }
    List<String> configured = config.exchange().accounts().stream().map(AccountConfig::id)
        .toList();
    for (String id : cluster.accounts()) {
      if (!configured.contains(id)) {
        problems.atKey("cluster.accounts", "\"" + id + "\" is not an account of"
            + " exchange.accounts (" + String.join(", ", configured) + ")");
      }
    }
  }

  private void backends(OesConfig config) {
    StoreConfig store = config.store();
    if (config.cluster().enabled() && store.type() != StoreType.POSTGRES) {
      problems.atKey("cluster.enabled", "is true but store.type is " + store.type().name()
          .toLowerCase(Locale.ROOT) + " — several instances share a postgres store"
          + " (its leases and journal)");
    }
    if (store.type() == StoreType.POSTGRES && store.url().isEmpty()) {
      problems.atKey("store.url", "missing — store type postgres needs a URL (or DATABASE_URL)");
    }
    if (store.type() == StoreType.MEMORY && store.url().isPresent()) {
      problems.atKey("store.url",
          "is set but store.type is memory (a URL needs sqlite or postgres)");
    }
    if (config.cache().type() == CacheType.MEMORY && config.cache().address().isPresent()) {
      problems.atKey("cache.address", "is set but cache.type is memory (an address needs redis)");
    }
    if (config.events().type() == EventsType.MEMORY && config.events().address().isPresent()) {
      problems.atKey("events.address", "is set but events.type is memory (an address needs nats)");
    }
    if (config.events().orderEntry() && config.events().type() != EventsType.NATS) {
      problems.atKey("events.order_entry.enabled", "true needs events.type nats: orders are"
          + " taken from the NATS server the events go to (set events.type nats, or NATS_ADDRESS)");
    }
    if (config.events().type() == EventsType.NATS && store.type() == StoreType.MEMORY) {
      problems.atKey("events.type", "\"nats\" needs a durable store: NATS events are published"
          + " from the store's journal, which store.type memory does not keep (use store.type"
          + " sqlite or postgres, or events.type memory)");
    }
    if (store.type() == StoreType.SQLITE) {
      store.url().filter(url -> !EmbeddedStoreUrl.isValid(url)).ifPresent(url -> problems.atKey(
          "store.url", quoted(url) + " is not a SQLite store URL: the embedded store is the file"
              + " oes.db in the folder the URL names, as in jdbc:sqlite:./data/oes.db"));
    }
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\\\"") + '"';
  }
}
