package io.oes.messaging.redis;

import static io.oes.messaging.TestEvents.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.oes.core.order.Order;
import io.oes.messaging.health.ComponentHealth;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A Redis that is not there: the cache shrugs, never throws, and says it is down. */
class RedisDownTest {

  @Test
  void neverThrowsAndReportsDownWhenRedisIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (RedisOrderCache cache = RedisOrderCache.connect(
        "redis://:topsecret@127.0.0.1:" + closedPort)) {
      Order order = limitOrder("DOWN1", "BTCUSDT");

      assertThatCode(() -> {
        for (int i = 0; i < 1000; i++) {
          cache.put(order);
        }
      }).doesNotThrowAnyException();
      assertThat(cache.get("DOWN1")).isEmpty();
      assertThat(cache.getByClientOrderId("alice", "c-DOWN1")).isEmpty();

      ComponentHealth health = cache.health();
      assertThat(health.up()).isFalse();
      assertThat(health.failures()).isGreaterThan(0);
      assertThat(health.message()).contains("unavailable").doesNotContain("topsecret");
    }
  }

  @Test
  void aWarmUpWithoutRedisGivesUpAndSaysSo() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (RedisOrderCache cache = RedisOrderCache.connect("127.0.0.1:" + closedPort)) {
      boolean warmed = cache.warmUp(limitOrder("DOWN2", "BTCUSDT"), 10,
          java.time.Duration.ofMillis(300));

      assertThat(warmed).isFalse();
      assertThat(cache.health().up()).isFalse();
    }
  }
}
