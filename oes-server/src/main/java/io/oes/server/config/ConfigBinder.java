package io.oes.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the YAML tree into {@link OesConfig}, section by section, applying defaults and the
 * rules that concern one key alone (ranges, choices, URL shapes). Rules that relate keys to each
 * other live in {@link ConfigValidator}.
 */
final class ConfigBinder {

  private static final String PORT = "a port (1-65535, or 0 for any free port)";
  private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");
  private static final Set<String> WEB_SOCKET_SCHEMES = Set.of("ws", "wss");
  private static final long ONE_WEEK_SECONDS = 7 * 24 * 3600;

  OesConfig bind(Section root) {
    OesConfig config =
        new OesConfig(
            server(root.section("server")),
            exchange(root.section("exchange")),
            sim(root.section("sim")),
            store(root.section("store")),
            cache(root.section("cache")),
            events(root.section("events")),
            log(root.section("log")),
            new ProtectionBinder().bind(root.section("risk"), root.section("rate_limit"),
                root.section("circuit_breaker")),
            new SecurityBinder().bind(root.section("security")),
            cluster(root.section("cluster")));
    root.rejectUnknownKeys();
    return config;
  }

  private ServerConfig server(Section section) {
    ServerConfig server =
        new ServerConfig(
            section.string("host", ServerConfig.DEFAULT_HOST).strip(),
            section.port("grpc_port", ServerConfig.DEFAULT_GRPC_PORT, PORT),
            section.port("http_port", ServerConfig.DEFAULT_HTTP_PORT, PORT),
            section.strings("cors_allowed_origins", List.of("*")),
            (int) section.number("stream_queue_capacity",
                ServerConfig.DEFAULT_STREAM_QUEUE_CAPACITY, 1, 1_000_000,
                "a number of updates (1-1000000)"),
            (int) section.number("stream_replay_window",
                ServerConfig.DEFAULT_STREAM_REPLAY_WINDOW, 1, 10_000_000,
                "a number of updates (1-10000000)"),
            section.has("warm_up_orders")
                ? OptionalInt.of((int) section.number("warm_up_orders", 0, 0, 100_000,
                    "a number of training orders (0-100000)"))
                : OptionalInt.empty());
    section.rejectUnknownKeys();
    return server;
  }

  private ExchangeConfig exchange(Section section) {
    ExchangeConfig exchange =
        new ExchangeConfig(
            section.choice("mode", ExchangeMode.class, ExchangeMode.SIM),
            section.url("base_url", HTTP_SCHEMES),
            section.url("ws_url", WEB_SOCKET_SCHEMES),
            section.url("ws_api_url", WEB_SOCKET_SCHEMES),
            (int) section.number("recv_window_ms", ExchangeConfig.DEFAULT_RECV_WINDOW_MS, 1,
                60_000, "a window in milliseconds (1-60000, Binance's maximum)"),
            (int) section.number("request_timeout_ms", ExchangeConfig.DEFAULT_REQUEST_TIMEOUT_MS,
                1, 120_000, "a timeout in milliseconds (1-120000)"),
            (int) section.number("exchange_info_refresh_s",
                ExchangeConfig.DEFAULT_EXCHANGE_INFO_REFRESH_SECONDS, 1, ONE_WEEK_SECONDS,
                "a period in seconds (1-604800)"),
            (int) section.number("reconcile_interval_s",
                ExchangeConfig.DEFAULT_RECONCILE_INTERVAL_SECONDS, 1, 86_400,
                "a period in seconds (1-86400)"),
            (int) section.number("cancel_countdown_s", ExchangeConfig.COUNTDOWN_BY_MODE, 0, 3_600,
                "a countdown in seconds (0 = off, at most 3600)"),
            section.choice("order_entry", OrderEntryMode.class, OrderEntryMode.REST),
            accounts(section));
    section.rejectUnknownKeys();
    return exchange;
  }

  private List<AccountConfig> accounts(Section exchange) {
    Optional<List<Section>> listed = exchange.sections("accounts");
    if (listed.isEmpty()) {
      return List.of(AccountConfig.defaultAccount());
    }
    List<AccountConfig> accounts = new ArrayList<>();
    for (Section section : listed.get()) {
      accounts.add(
          new AccountConfig(
              section.string("id", AccountConfig.DEFAULT_ID).strip(),
              section.secret("api_key"),
              section.secret("secret_key"),
              section.strings("users", List.of())));
      section.rejectUnknownKeys();
    }
    return accounts;
  }

  private SimConfig sim(Section section) {
    SimConfig sim =
        new SimConfig(
            section.port("port", SimConfig.DEFAULT_PORT, PORT),
            section.number("seed", SimConfig.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE,
                "a whole number"),
            section.bool("enforce_rate_limits", true));
    section.rejectUnknownKeys();
    return sim;
  }

  private StoreConfig store(Section section) {
    StoreConfig store =
        new StoreConfig(
            section.choice("type", StoreType.class, StoreType.SQLITE),
            section.optionalString("url").map(String::strip),
            section.optionalString("username"),
            section.secret("password"));
    section.rejectUnknownKeys();
    return store;
  }

  private CacheConfig cache(Section section) {
    CacheType type = section.choice("type", CacheType.class, CacheType.MEMORY);
    Optional<String> address = section.optionalString("address").map(String::strip);
    CacheConfig cache =
        new CacheConfig(
            type,
            type == CacheType.REDIS ? withDefault(address, CacheConfig.DEFAULT_REDIS_ADDRESS)
                : address,
            (int) section.number("ttl_s", CacheConfig.DEFAULT_TTL_SECONDS, 1, Integer.MAX_VALUE,
                "a time to live in seconds (at least 1)"));
    section.rejectUnknownKeys();
    return cache;
  }

  private EventsConfig events(Section section) {
    EventsType type = section.choice("type", EventsType.class, EventsType.MEMORY);
    Optional<String> address = section.optionalString("address").map(String::strip);
    EventsConfig events =
        new EventsConfig(
            type,
            type == EventsType.NATS ? withDefault(address, EventsConfig.DEFAULT_NATS_ADDRESS)
                : address,
            section.optionalString("jetstream_stream").map(String::strip),
            orderEntry(section.section("order_entry")));
    section.rejectUnknownKeys();
    return events;
  }

  private ClusterConfig cluster(Section section) {
    ClusterConfig cluster = new ClusterConfig(
        section.bool("enabled", false),
        section.string("instance_id", defaultInstanceId()).strip(),
        section.optionalString("address").map(String::strip),
        Duration.ofMillis(section.number("lease_ttl_ms",
            ClusterConfig.DEFAULT_LEASE_TTL.toMillis(), 500, 60_000,
            "a time in milliseconds (500-60000)")),
        section.strings("accounts", List.of()));
    section.rejectUnknownKeys();
    return cluster;
  }

  /** The host's name and the process id: unique among instances running at once. */
  private static String defaultInstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  private boolean orderEntry(Section section) {
    boolean enabled = section.bool("enabled", false);
    section.rejectUnknownKeys();
    return enabled;
  }

  private LogConfig log(Section section) {
    LogConfig log =
        new LogConfig(
            section.oneOf("level", LogConfig.LEVELS, LogConfig.DEFAULT_LEVEL),
            section.choice("format", LogFormat.class, LogFormat.TEXT));
    section.rejectUnknownKeys();
    return log;
  }

  private static Optional<String> withDefault(Optional<String> value, String fallback) {
    return Optional.of(value.orElse(fallback));
  }
}
