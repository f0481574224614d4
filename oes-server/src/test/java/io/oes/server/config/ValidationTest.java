package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {

  private static final Map<String, String> NO_ENV = Map.of();

  static Stream<Arguments> rules() {
    return Stream.of(
        row("a port above 65535", "server: {grpc_port: 70000}", NO_ENV,
            "server.grpc_port: 70000 is not a port (1-65535, or 0 for any free port)"),
        row("a negative port", "sim: {port: -1}", NO_ENV,
            "sim.port: -1 is not a port (1-65535, or 0 for any free port)"),
        row("a port that is not a number", "server: {http_port: http}", NO_ENV,
            "server.http_port: \"http\" is not a port (1-65535, or 0 for any free port)"),
        row("a port from the environment names the variable", "", Map.of("GRPC_PORT", "x"),
            "server.grpc_port: \"x\" is not a port (1-65535, or 0 for any free port)"
                + " (set by GRPC_PORT)"),
        row("two services on one port", "server: {grpc_port: 9000, http_port: 9000}", NO_ENV,
            "server.http_port: 9000 is already used by server.grpc_port"
                + " (each service needs its own)"),
        row("the simulator on the gateway's port", "sim: {port: 9091}", NO_ENV,
            "sim.port: 9091 is already used by server.http_port (each service needs its own)"),
        row("an empty host", "server: {host: ''}", NO_ENV,
            "server.host: \"\" is empty (an address or host name to bind)"),
        row("an origin with a path", "server: {cors_allowed_origins: ['https://a.io/x']}", NO_ENV,
            "server.cors_allowed_origins[0]: \"https://a.io/x\" is not an origin"
                + " (*, or http[s]://host[:port] without a path)"),
        row("an unknown mode", "exchange: {mode: paper}", NO_ENV,
            "exchange.mode: \"paper\" is not one of sim, testnet, live"),
        row("an unknown order entry", "exchange: {order_entry: fix}", NO_ENV,
            "exchange.order_entry: \"fix\" is not one of rest, websocket"),
        row("an unknown mode from the environment", "", Map.of("EXCHANGE_MODE", "paper"),
            "exchange.mode: \"paper\" is not one of sim, testnet, live (set by EXCHANGE_MODE)"),
        row("a base URL without a scheme", "exchange: {base_url: fapi.binance.com}", NO_ENV,
            "exchange.base_url: \"fapi.binance.com\" is not an absolute URL"
                + " (http or https://host[:port])"),
        row("a WebSocket URL over http", "exchange: {ws_url: 'http://x'}", NO_ENV,
            "exchange.ws_url: \"http://x\" is not an absolute URL (ws or wss://host[:port])"),
        row("a receive window beyond Binance's", "exchange: {recv_window_ms: 60001}", NO_ENV,
            "exchange.recv_window_ms: 60001 is not a window in milliseconds"
                + " (1-60000, Binance's maximum)"),
        row("a zero timeout", "exchange: {request_timeout_ms: 0}", NO_ENV,
            "exchange.request_timeout_ms: 0 is not a timeout in milliseconds (1-120000)"),
        row("a fractional refresh", "exchange: {exchange_info_refresh_s: 1.5}", NO_ENV,
            "exchange.exchange_info_refresh_s: 1.5 is not a period in seconds (1-604800)"),
        row("live mode without keys", "exchange: {mode: live}", NO_ENV,
            "exchange.accounts[0].api_key: missing — live mode needs BINANCE_API_KEY"
                + " (or BINANCE_API_KEY_FILE)"),
        row("testnet mode without a secret", "exchange: {mode: testnet}",
            Map.of("BINANCE_API_KEY", "k"),
            "exchange.accounts[0].secret_key: missing — testnet mode needs BINANCE_SECRET_KEY"
                + " (or BINANCE_SECRET_KEY_FILE)"),
        row("a second account without keys in live mode",
            "exchange: {mode: live, accounts: [{id: a, users: [u1]}, {id: b}]}",
            Map.of("BINANCE_API_KEY", "k", "BINANCE_SECRET_KEY", "s"),
            "exchange.accounts[1].api_key: missing — live mode needs this key in the"
                + " configuration file"),
        row("a blank key", "exchange: {accounts: [{api_key: ' '}]}", NO_ENV,
            "exchange.accounts[0].api_key: *** is blank (a key from the exchange)"),
        row("no accounts", "exchange: {accounts: []}", NO_ENV,
            "exchange.accounts: [] is empty (at least one account)"),
        row("accounts that are not a list", "exchange: {accounts: main}", NO_ENV,
            "exchange.accounts: \"main\" is not a list"),
        row("two accounts with one id", "exchange: {accounts: [{users: [a]}, {}]}", NO_ENV,
            "exchange.accounts[1].id: \"main\" is used by an earlier account"),
        row("an account id with spaces", "exchange: {accounts: [{id: 'my account'}]}", NO_ENV,
            "exchange.accounts[0].id: \"my account\" is not an account id"
                + " (1-32 letters, digits, _ or -)"),
        row("a user in two accounts",
            "exchange: {accounts: [{id: a, users: [u]}, {id: b, users: [u]}]}", NO_ENV,
            "exchange.accounts[1].users: \"u\" is already routed to account \"a\""
                + " (a user belongs to one account)"),
        row("two accounts for everyone", "exchange: {accounts: [{id: a}, {id: b}]}", NO_ENV,
            "exchange.accounts[1].users: [] is empty, and so is that of account \"a\""
                + " (only one account may take every other user)"),
        row("an unknown store", "store: {type: mongo}", NO_ENV,
            "store.type: \"mongo\" is not one of memory, sqlite, postgres"),
        row("the former embedded store", "store: {type: h2}", NO_ENV,
            "store.type: \"h2\" is not one of memory, sqlite, postgres"),
        row("a DATABASE_URL of the former H2 store", "", Map.of("DATABASE_URL",
            "jdbc:h2:file:./data/oes"), "store.url: \"jdbc:h2:file:./data/oes\" is not a SQLite"
                + " store URL: the embedded store is the file oes.db in the folder the URL names,"
                + " as in jdbc:sqlite:./data/oes.db (set by DATABASE_URL)"),
        row("a SQLite URL naming another file", "store: {type: sqlite}",
            Map.of("DATABASE_URL", "jdbc:sqlite:/var/oes/orders.sqlite"),
            "store.url: \"jdbc:sqlite:/var/oes/orders.sqlite\" is not a SQLite store URL: the"
                + " embedded store is the file oes.db in the folder the URL names, as in"
                + " jdbc:sqlite:./data/oes.db (set by DATABASE_URL)"),
        row("postgres without a URL", "store: {type: postgres}", NO_ENV,
            "store.url: missing — store type postgres needs a URL (or DATABASE_URL)"),
        row("a database URL for the memory store", "store: {type: memory}",
            Map.of("DATABASE_URL", "postgres://db/oes"),
            "store.url: is set but store.type is memory (a URL needs sqlite or postgres)"
                + " (set by DATABASE_URL)"),
        row("several instances on the embedded store", "cluster: {enabled: true}", NO_ENV,
            "cluster.enabled: is true but store.type is sqlite — several instances share a"
                + " postgres store (its leases and journal)"),
        row("a lease that outlives its owner too briefly", "cluster: {lease_ttl_ms: 100}",
            NO_ENV, "cluster.lease_ttl_ms: 100 is not a time in milliseconds (500-60000)"),
        row("an instance narrowed to an account nobody configured",
            "cluster: {enabled: true, accounts: [gamma]}\nstore: {type: postgres, url: 'x'}",
            NO_ENV, "cluster.accounts: \"gamma\" is not an account of exchange.accounts (main)"),
        row("an instance others cannot be told of", "cluster: {enabled: true}\n"
            + "store: {type: postgres, url: 'x'}\nserver: {grpc_port: 0}", NO_ENV,
            "cluster.address: missing — with server.grpc_port 0 the other instances cannot know"
                + " where to reach this one"),
        row("several instances relaying to core NATS", "cluster: {enabled: true}\n"
            + "store: {type: postgres, url: 'x'}\nevents: {type: nats}", NO_ENV,
            "cluster.enabled: is true with events.type nats but no events.jetstream_stream —"
                + " every instance relays the shared journal, and only JetStream keeps each"
                + " event once"),
        row("accounts narrowed outside cluster mode", "cluster: {accounts: [main]}", NO_ENV,
            "cluster.accounts: is set but cluster.enabled is false"),
        row("a Redis address for the memory cache", "cache: {type: memory, address: 'r:1'}",
            NO_ENV, "cache.address: is set but cache.type is memory (an address needs redis)"),
        row("a zero cache TTL", "cache: {ttl_s: 0}", NO_ENV,
            "cache.ttl_s: 0 is not a time to live in seconds (at least 1)"),
        row("a NATS address for the memory bus", "events: {type: memory}",
            Map.of("NATS_ADDRESS", "nats://n:4222"),
            "events.address: is set but events.type is memory (an address needs nats)"
                + " (set by NATS_ADDRESS)"),
        row("NATS with the memory store", "store: {type: memory}\nevents: {type: nats}", NO_ENV,
            "events.type: \"nats\" needs a durable store: NATS events are published from the"
                + " store's journal, which store.type memory does not keep (use store.type sqlite or"
                + " postgres, or events.type memory)"),
        row("NATS order entry without NATS", "events: {order_entry: {enabled: true}}", NO_ENV,
            "events.order_entry.enabled: true needs events.type nats: orders are taken from the"
                + " NATS server the events go to (set events.type nats, or NATS_ADDRESS)"),
        row("NATS order entry neither on nor off",
            "events: {type: nats, order_entry: {enabled: maybe}}", NO_ENV,
            "events.order_entry.enabled: \"maybe\" is not true or false"),
        row("a misspelt order entry key", "events: {type: nats, order_entry: {enable: true}}",
            NO_ENV, "events.order_entry.enable: unknown key (known here: enabled)"),
        row("an unknown events type", "events: {type: kafka}", NO_ENV,
            "events.type: \"kafka\" is not one of memory, nats"),
        row("an unknown log level", "log: {level: verbose}", NO_ENV,
            "log.level: \"verbose\" is not one of TRACE, DEBUG, INFO, WARN, ERROR, OFF"),
        row("an unknown log format", "", Map.of("LOG_FORMAT", "xml"),
            "log.format: \"xml\" is not one of text, json (set by LOG_FORMAT)"),
        row("a testnet flag that is not a boolean", "", Map.of("BINANCE_TESTNET", "yes"),
            "BINANCE_TESTNET: \"yes\" is not true or false"),
        row("a testnet flag contradicting the mode", "",
            Map.of("BINANCE_TESTNET", "true", "EXCHANGE_MODE", "live"),
            "BINANCE_TESTNET: true contradicts EXCHANGE_MODE=live: set only one"),
        row("a misspelt key", "server: {grpcport: 1}", NO_ENV,
            "server.grpcport: unknown key (known here: host, grpc_port, http_port,"
                + " cors_allowed_origins, stream_queue_capacity, stream_replay_window,"
                + " warm_up_orders)"),
        row("a misspelt section", "sever: {}", NO_ENV,
            "sever: unknown key (known here: server, exchange, sim, store, cache, events, log,"
                + " risk, rate_limit, circuit_breaker, security, cluster)"),
        row("a misspelt account key", "exchange: {accounts: [{apikey: k}]}", NO_ENV,
            "exchange.accounts[0].apikey: unknown key (known here: id, api_key, secret_key,"
                + " users)"),
        row("a section that is not a mapping", "log: loud", NO_ENV,
            "log: \"loud\" is not a mapping (keys: level, format)"),
        row("a list where one value belongs", "server: {host: [a, b]}", NO_ENV,
            "server.host: a list is not a single value"),
        row("a key given twice", "server:\n  host: a\n  host: b", NO_ENV,
            "config: line 3: Duplicate field 'host'"),
        row("a document that is not YAML", "server: [", NO_ENV,
            "config: line 1, column 10: not valid YAML"
                + " (expected the node content, but found '<stream end>')"),
        row("a document that is a list", "- a\n- b", NO_ENV,
            "config: the document is not a mapping of sections (server:, exchange:, …)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void reportsEachRuleOnItsOwnLine(
      String name, String yaml, Map<String, String> env, String problem) {
    assertThatThrownBy(() -> new ConfigLoader(env).parse(yaml))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.problems()).contains(problem));
  }

  @Test
  void reportsAllProblemsAtOnceOneLineEach() {
    String yaml =
        """
        server: {grpc_port: 70000, colour: blue}
        exchange: {mode: paper}
        store: {type: mongo}
        """;

    assertThatThrownBy(() -> new ConfigLoader(NO_ENV).parse(yaml))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems()).hasSize(4);
              assertThat(e.getMessage().lines()).hasSize(4);
            });
  }

  @Test
  void acceptsEveryKnownKey() {
    String yaml =
        """
        server: {host: 0.0.0.0, grpc_port: 50052, http_port: 9092,
                 cors_allowed_origins: ['https://ops.example.com', 'http://localhost:3000'],
                 stream_queue_capacity: 500}
        exchange:
          mode: live
          base_url: https://fapi.binance.com
          ws_url: wss://fstream.binance.com
          recv_window_ms: 3000
          request_timeout_ms: 2000
          exchange_info_refresh_s: 600
          reconcile_interval_s: 10
          cancel_countdown_s: 120
          order_entry: websocket
          ws_api_url: wss://ws-fapi.binance.com/ws-fapi/v1
          accounts:
            - {id: mm, api_key: k1, secret_key: s1, users: [alice, bob]}
            - {id: rest, api_key: k2, secret_key: s2}
        sim: {port: 0, seed: 7}
        store: {type: postgres, url: 'jdbc:postgresql://db/oes', username: oes, password: pw}
        cache: {type: redis, address: 'redis:6379', ttl_s: 60}
        events: {type: nats, address: 'nats://nats:4222'}
        log: {level: debug, format: json}
        """;

    OesConfig config = new ConfigLoader(NO_ENV).parse(yaml);

    assertThat(config.exchange().accountFor("bob").orElseThrow().id()).isEqualTo("mm");
    assertThat(config.exchange().accountFor("carol").orElseThrow().id()).isEqualTo("rest");
    assertThat(config.store().password().orElseThrow().reveal()).isEqualTo("pw");
    assertThat(config.log().level()).isEqualTo("DEBUG");
    assertThat(config.server().streamQueueCapacity()).isEqualTo(500);
    assertThat(config.exchange().reconcileIntervalSeconds()).isEqualTo(10);
    assertThat(config.exchange().effectiveCancelCountdownSeconds()).isEqualTo(120);
    assertThat(config.exchange().webSocketApiUrl(null))
        .contains(URI.create("wss://ws-fapi.binance.com/ws-fapi/v1"));
  }

  @Test
  void theCancelCountdownIsOnByDefaultForRealVenuesAndOffForTheSimulator() {
    OesConfig sim = new ConfigLoader(NO_ENV).parse("exchange: {mode: sim}");
    OesConfig live = new ConfigLoader(NO_ENV).parse(
        "exchange: {mode: live, accounts: [{api_key: k, secret_key: s}]}");
    assertThat(sim.exchange().effectiveCancelCountdownSeconds()).isZero();
    assertThat(live.exchange().effectiveCancelCountdownSeconds()).isEqualTo(60);
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
