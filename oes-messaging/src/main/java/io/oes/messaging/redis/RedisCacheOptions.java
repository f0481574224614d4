package io.oes.messaging.redis;

import java.time.Duration;

/**
 * Settings of a {@link RedisOrderCache}.
 *
 * @param address {@code host:port} (b25's {@code REDIS_ADDRESS}) or a {@code redis://} /
 *     {@code rediss://} URI, which may carry a password and database number
 * @param ttl how long an order (and its client-id index key) stays cached after its last write
 * @param commandTimeout how long a read waits for Redis before counting a miss
 */
public record RedisCacheOptions(String address, Duration ttl, Duration commandTimeout) {

  /** {@code address} with a 24 h TTL and 250 ms reads. */
  public static RedisCacheOptions defaults(String address) {
    return new RedisCacheOptions(address, Duration.ofHours(24), Duration.ofMillis(250));
  }

  public RedisCacheOptions withTtl(Duration value) {
    return new RedisCacheOptions(address, value, commandTimeout);
  }

  public RedisCacheOptions withCommandTimeout(Duration value) {
    return new RedisCacheOptions(address, ttl, value);
  }
}
