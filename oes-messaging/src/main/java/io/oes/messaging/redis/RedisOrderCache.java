package io.oes.messaging.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.oes.core.order.Order;
import io.oes.core.port.OrderCache;
import io.oes.messaging.health.ComponentHealth;
import io.oes.messaging.health.FailureBurst;
import io.oes.messaging.json.B25Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The b25 order cache in Redis: {@code order:{order_id}} holds the b25 JSON of the order and
 * {@code order:client:{user_id}:{client_order_id}} the order id, both with the configured TTL
 * (24 h by default), renewed on every write.
 *
 * <p>Never the source of truth, and never in the way: {@link #put} sends asynchronously and
 * returns; reads wait at most the command timeout. No method throws — a failure is counted,
 * logged once per burst, reads answer "not cached", and {@link #health()} reports the cache
 * down until it works again. Thread-safe.
 */
public final class RedisOrderCache implements OrderCache, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisOrderCache.class);

  private final RedisConnector connector;
  private final SetArgs expiry;
  private final Duration commandTimeout;
  private final String description;
  private final FailureBurst failures = new FailureBurst(LOG, "Redis cache");
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  /** Read, never written, by the warm-up: no order key looks like it. */
  static final String WARM_UP_KEY = "oes:warm-up:none";

  private RedisOrderCache(RedisCacheOptions options) {
    RedisURI uri = RedisAddresses.uri(options.address());
    this.description = "redis " + uri.getHost() + ":" + uri.getPort();
    this.expiry = SetArgs.Builder.ex(options.ttl());
    this.commandTimeout = options.commandTimeout();
    this.connector = new RedisConnector(uri, options.commandTimeout(), failures);
  }

  /** Connects in the background to {@code address} with a 24 h TTL; returns at once. */
  public static RedisOrderCache connect(String address) {
    return connect(RedisCacheOptions.defaults(address));
  }

  /** Connects in the background; returns at once, whether Redis is up or not. */
  public static RedisOrderCache connect(RedisCacheOptions options) {
    RedisOrderCache cache = new RedisOrderCache(options);
    cache.connector.start();
    LOG.info("Order cache: {}, TTL {}", cache.description, options.ttl());
    return cache;
  }

  static String orderKey(String orderId) {
    return "order:" + orderId;
  }

  static String clientKey(String userId, String clientOrderId) {
    return "order:client:" + (userId == null ? "" : userId) + ":" + clientOrderId;
  }

  @Override
  public void put(Order order) {
    try {
      RedisAsyncCommands<String, byte[]> redis = connected();
      redis.set(orderKey(order.orderId()), B25Json.order(order), expiry)
          .whenComplete((reply, error) -> onReply(error));
      if (order.clientOrderId() != null) {
        redis.set(clientKey(order.userId(), order.clientOrderId()),
            order.orderId().getBytes(StandardCharsets.UTF_8), expiry)
            .whenComplete((reply, error) -> onReply(error));
      }
    } catch (RuntimeException e) {
      failures.onFailure(e);
    }
  }

  /**
   * Before the first orders: waits at most {@code timeout} for the connection, then makes
   * {@code rounds} round trips that change nothing (a GET of a key no order has) and encodes
   * {@code scratch} as the cache would, discarding it. The first orders then find the
   * connection open and its code compiled, instead of paying for both while their writes time
   * out. Writes nothing and counts no hit, miss or failure.
   *
   * @return true when connected and every round trip answered
   */
  public boolean warmUp(Order scratch, int rounds, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      connector.firstConnection().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      RedisAsyncCommands<String, byte[]> redis = connected();
      for (int round = 0; round < rounds; round++) {
        B25Json.order(scratch);
        long leftNanos = Math.max(1, deadline - System.nanoTime());
        redis.get(WARM_UP_KEY).get(leftNanos, TimeUnit.NANOSECONDS);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.warn("Redis warm-up stopped: {}", e.getMessage() == null ? e : e.getMessage());
      return false;
    }
  }

  @Override
  public Optional<Order> get(String orderId) {
    return read(orderKey(orderId)).map(B25Json::readOrder).map(this::hit).or(this::miss);
  }

  @Override
  public Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
    return read(clientKey(userId, clientOrderId))
        .map(id -> new String(id, StandardCharsets.UTF_8))
        .flatMap(this::get)
        .or(this::miss);
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  /** Pings Redis (waiting at most the command timeout) and adds the failure count. */
  public ComponentHealth health() {
    long start = System.nanoTime();
    String problem = null;
    try {
      connected().ping().get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      problem = e instanceof InterruptedException ? "interrupted" : e.getMessage();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (problem == null && failures.failing()) {
      problem = "recent commands failed: " + failures.lastError();
    }
    boolean up = problem == null;
    return new ComponentHealth("redis", up, millis, 0, failures.total(),
        up ? description : description + " unavailable: " + problem);
  }

  @Override
  public void close() {
    connector.close();
  }

  private RedisAsyncCommands<String, byte[]> connected() {
    RedisAsyncCommands<String, byte[]> redis = connector.commands();
    if (redis == null) {
      throw new IllegalStateException("not connected to " + description);
    }
    return redis;
  }

  /** The raw value at {@code key}, or empty on a miss or any failure. */
  private Optional<byte[]> read(String key) {
    try {
      byte[] value = connected().get(key).get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
      failures.onSuccess();
      return Optional.ofNullable(value);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      failures.onFailure(e);
      return Optional.empty();
    }
  }

  private void onReply(Throwable error) {
    if (error == null) {
      failures.onSuccess();
    } else {
      failures.onFailure(error);
    }
  }

  private Order hit(Order order) {
    hits.incrementAndGet();
    return order;
  }

  private Optional<Order> miss() {
    misses.incrementAndGet();
    return Optional.empty();
  }
}
