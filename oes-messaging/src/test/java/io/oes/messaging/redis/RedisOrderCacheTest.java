package io.oes.messaging.redis;

import static io.oes.messaging.TestEvents.limitOrder;
import static io.oes.messaging.TestEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.oes.core.order.Order;
import io.oes.messaging.B25Shape;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the Redis server of this machine (127.0.0.1:6379). */
class RedisOrderCacheTest {
  private static final String ADDRESS = "127.0.0.1:6379";
  private static RedisClient client;
  private static StatefulRedisConnection<String, String> raw;
  private static RedisCommands<String, String> redis;
  private static RedisOrderCache cache;

  @BeforeAll
  static void connect() {
    client = RedisClient.create("redis://" + ADDRESS);
    raw = client.connect();
    redis = raw.sync();
    cache = RedisOrderCache.connect(ADDRESS);
    await().atMost(Duration.ofSeconds(5)).until(() -> cache.health().up());
  }

  @AfterAll
  static void close() {
    cache.close();
    raw.close();
    client.shutdown();
  }

  /** Puts {@code order} and waits until Redis has it (puts are asynchronous). */
  private static void putAndWait(RedisOrderCache into, Order order) {
    into.put(order);
    await().atMost(Duration.ofSeconds(5))
        .until(() -> redis.get("order:" + order.orderId()) != null);
  }

  @Test
  void aWarmUpLeavesTheConnectionOpenAndWritesNothing() {
    Order scratch = limitOrder(uniqueId(), "BTCUSDT");
    try (RedisOrderCache fresh = RedisOrderCache.connect(ADDRESS)) {
      boolean warmed = fresh.warmUp(scratch, 50, Duration.ofSeconds(10));

      assertThat(warmed).isTrue();
      assertThat(fresh.health().up()).isTrue();
      assertThat(redis.exists("order:" + scratch.orderId(),
          "order:client:alice:" + scratch.clientOrderId(), RedisOrderCache.WARM_UP_KEY))
          .isZero();
      assertThat(fresh.hits()).isZero();
      assertThat(fresh.misses()).isZero();
      assertThat(fresh.health().failures()).isZero();
    }
  }

  @Test
  void storesTheB25JsonUnderTheOrderKeyWithA24HourTtl() throws Exception {
    Order order = limitOrder(uniqueId(), "BTCUSDT");
    putAndWait(cache, order);

    JsonNode json = new ObjectMapper().readTree(redis.get("order:" + order.orderId()));
    B25Shape.assertOrder(json);
    assertThat(json.get("order_id").asText()).isEqualTo(order.orderId());
    assertThat(json.get("client_order_id").asText()).isEqualTo(order.clientOrderId());
    assertThat(json.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(redis.ttl("order:" + order.orderId())).isBetween(86_390L, 86_400L);
    redis.del("order:" + order.orderId(), "order:client:alice:" + order.clientOrderId());
  }

  @Test
  void indexesOrdersByUserAndClientOrderId() {
    Order order = limitOrder(uniqueId(), "BTCUSDT");
    putAndWait(cache, order);

    String indexKey = "order:client:alice:" + order.clientOrderId();
    assertThat(redis.get(indexKey)).isEqualTo(order.orderId());
    assertThat(redis.ttl(indexKey)).isBetween(86_390L, 86_400L);
    assertThat(cache.getByClientOrderId("alice", order.clientOrderId())).contains(order);
    assertThat(cache.getByClientOrderId("bob", order.clientOrderId())).isEmpty();
    redis.del("order:" + order.orderId(), indexKey);
  }

  @Test
  void readsBackTheWholeOrderAndCountsHitsAndMisses() {
    Order order = limitOrder(uniqueId(), "ETHUSDT");
    putAndWait(cache, order);
    long hits = cache.hits();
    long misses = cache.misses();

    assertThat(cache.get(order.orderId())).contains(order);
    assertThat(cache.get(uniqueId())).isEmpty();
    assertThat(cache.hits()).isEqualTo(hits + 1);
    assertThat(cache.misses()).isEqualTo(misses + 1);
    redis.del("order:" + order.orderId(), "order:client:alice:" + order.clientOrderId());
  }

  @Test
  void usesTheConfiguredTtl() {
    try (RedisOrderCache shortLived = RedisOrderCache.connect(
        RedisCacheOptions.defaults(ADDRESS).withTtl(Duration.ofSeconds(90)))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> shortLived.health().up());
      Order order = limitOrder(uniqueId(), "BTCUSDT");
      putAndWait(shortLived, order);

      assertThat(redis.ttl("order:" + order.orderId())).isBetween(80L, 90L);
      redis.del("order:" + order.orderId(), "order:client:alice:" + order.clientOrderId());
    }
  }

  @Test
  void reportsItselfUpWithTheProbeDuration() {
    var health = cache.health();

    assertThat(health.up()).isTrue();
    assertThat(health.name()).isEqualTo("redis");
    assertThat(health.durationMillis()).isGreaterThanOrEqualTo(0);
    assertThat(health.message()).contains("127.0.0.1:6379");
  }
}
