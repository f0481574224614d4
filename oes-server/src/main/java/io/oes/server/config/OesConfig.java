package io.oes.server.config;

import io.oes.server.security.SecuritySettings;
import java.util.Map;

/**
 * The whole configuration of one gateway, immutable and already validated when it comes from
 * {@link ConfigLoader}. Its {@code toString()} is safe to log: secrets print as {@code ***}.
 *
 * @param server where the gRPC and HTTP servers listen
 * @param exchange which exchange, how to reach it, and the accounts
 * @param sim the embedded simulator (used in sim mode)
 * @param store where orders are kept
 * @param cache the order cache
 * @param events the event bus
 * @param log logging level and format
 * @param protection risk limits, client-side rate limits and the circuit breaker
 * @param security who may call the gateway (API keys, client certificates) and TLS
 */
public record OesConfig(
    ServerConfig server,
    ExchangeConfig exchange,
    SimConfig sim,
    StoreConfig store,
    CacheConfig cache,
    EventsConfig events,
    LogConfig log,
    ProtectionConfig protection,
    SecuritySettings security,
    ClusterConfig cluster) {

  /** Everything at its default: the embedded gateway of {@code oes serve} with no file. */
  public static OesConfig defaults() {
    return new ConfigLoader(Map.of()).loadDefaults();
  }
}
