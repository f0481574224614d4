package io.oes.server.config;

import java.util.Optional;

/**
 * The order cache (b25's Redis keys).
 *
 * @param type memory or redis
 * @param address {@code host:port} or a {@code redis://} URI; present for redis
 * @param ttlSeconds how long an order stays cached, in seconds
 */
public record CacheConfig(CacheType type, Optional<String> address, int ttlSeconds) {

  public static final String DEFAULT_REDIS_ADDRESS = "localhost:6379";
  public static final int DEFAULT_TTL_SECONDS = 86_400;

  // The address may carry a password.
  @Override
  public String toString() {
    return "CacheConfig[type=" + type + ", address=" + address.map(Redaction::address)
        + ", ttlSeconds=" + ttlSeconds + "]";
  }
}
