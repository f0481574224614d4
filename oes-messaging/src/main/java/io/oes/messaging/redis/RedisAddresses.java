package io.oes.messaging.redis;

import io.lettuce.core.RedisURI;

/** Reads a Redis address in either of the forms operators write it. */
final class RedisAddresses {
  private RedisAddresses() {}

  /** {@code host:port}, {@code host}, or a {@code redis://} / {@code rediss://} URI. */
  static RedisURI uri(String address) {
    String trimmed = address.trim();
    if (trimmed.startsWith("redis://") || trimmed.startsWith("rediss://")
        || trimmed.startsWith("redis-socket://")) {
      return RedisURI.create(trimmed);
    }
    return RedisURI.create("redis://" + trimmed);
  }
}
