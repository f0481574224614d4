package io.oes.server.cluster;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.oes.server.config.AccountConfig;
import io.oes.server.config.ClusterConfig;
import io.oes.server.config.OesConfig;
import io.oes.server.config.StoreConfig;
import io.oes.server.config.value.Secret;
import io.oes.server.health.Criticality;
import io.oes.server.health.HealthService;
import io.oes.server.http.HttpApi;
import io.oes.server.security.ApiKeyHash;
import io.oes.store.jdbc.AccountFences;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.store.lease.AccountLeases;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an instance joins the others at start: the store's schema first (the leases live in
 * it), then the leases of its configured accounts, waited for as long as another instance
 * holds them.
 */
public final class ClusterJoin {
  private ClusterJoin() {}

  /**
   * Waits until this instance owns every account it trades ({@code cluster.accounts}, or all);
   * see {@link AccountOwnership}. Meanwhile its HTTP port answers {@code /health} (degraded,
   * not ready: "standing by for …", with who holds each account) and {@code /metrics}.
   */
  public static AccountOwnership join(OesConfig config, AccountFences fences,
      PrometheusMeterRegistry registry, String version) throws InterruptedException {
    ClusterConfig cluster = config.cluster();
    StoreConfig store = config.store();
    String url = store.url().orElseThrow();
    String user = store.username().orElse(null);
    String password = store.password().map(Secret::reveal).orElse(null);
    JdbcOrderStore.migratePostgres(url, user, password);
    String address = cluster.address().orElseGet(() ->
        advertisedHost(config.server().host()) + ":" + config.server().grpcPort());
    Duration ttl = cluster.leaseTtl();
    AccountLeases leases = AccountLeases.open(url, user, password, cluster.instanceId(), address,
        ttl);
    Map<String, String> keyHashes = apiKeyHashes(config);
    try (HealthService standby = new HealthService()
            .register(new StandbyCheck(leases, keyHashes.keySet()), Criticality.NON_CRITICAL)) {
      HttpApi health = HttpApi.start(config.server().host(), config.server().httpPort(),
          config.server().corsAllowedOrigins(), standby, registry, version, List.of(),
          config.security().httpTls());
      try {
        return AccountOwnership.take(leases, fences, keyHashes, ttl, pollInterval(ttl));
      } finally {
        health.close(); // the gateway's own HTTP API takes the port once it starts
      }
    } catch (InterruptedException | RuntimeException e) {
      leases.close();
      throw e;
    }
  }

  /** A dead owner's lock goes at once, so a standby looks often: a tenth of the TTL. */
  private static Duration pollInterval(Duration ttl) {
    return Duration.ofMillis(Math.max(50, ttl.toMillis() / 10));
  }

  /** The host others call: the bound one, or this machine's name when bound to every one. */
  private static String advertisedHost(String boundHost) {
    if (!boundHost.equals("0.0.0.0") && !boundHost.equals("::")) {
      return boundHost;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("this machine's host name cannot be read (" + e.getMessage()
          + "); set cluster.address to where other instances reach this one", e);
    }
  }

  /** Each traded account's API key hash (of nothing, in sim mode), in configured order. */
  private static Map<String, String> apiKeyHashes(OesConfig config) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (AccountConfig account : config.exchange().accounts()) {
      if (config.cluster().trades(account.id())) {
        hashes.put(account.id(), ApiKeyHash.of(account.apiKey()
            .map(Secret::reveal).orElse("")).toConfigText());
      }
    }
    return hashes;
  }
}
