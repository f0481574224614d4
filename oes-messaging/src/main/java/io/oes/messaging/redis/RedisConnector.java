package io.oes.messaging.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.oes.messaging.health.FailureBurst;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One Lettuce connection, opened in the background so a Redis that is down at start-up does
 * not stop the gateway: the first connect is retried every second until it succeeds; after
 * that Lettuce reconnects by itself. While disconnected, commands are rejected at once rather
 * than queued — a cache has nothing worth replaying.
 */
final class RedisConnector implements AutoCloseable {
  static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final long RETRY_SECONDS = 1;

  private final RedisClient client;
  private final RedisURI uri;
  private final FailureBurst failures;
  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
      r -> Thread.ofPlatform().name("oes-redis-connect").daemon(true).unstarted(r));
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private volatile boolean closed;
  /** Completes when the first connection is open; never fails (attempts go on). */
  private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();

  RedisConnector(RedisURI uri, Duration commandTimeout, FailureBurst failures) {
    this.uri = uri;
    this.failures = failures;
    this.client = RedisClient.create();
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
        .build());
  }

  void start() {
    attempt();
  }

  /** The commands of the open connection, or null while none was ever established. */
  RedisAsyncCommands<String, byte[]> commands() {
    StatefulRedisConnection<String, byte[]> open = connection;
    return open == null ? null : open.async();
  }

  /** Completes once a connection was first established. */
  CompletableFuture<Void> firstConnection() {
    return firstConnection;
  }

  boolean connected() {
    StatefulRedisConnection<String, byte[]> open = connection;
    return open != null && open.isOpen();
  }

  private void attempt() {
    if (closed) {
      return;
    }
    client.connectAsync(CODEC, uri).whenComplete((opened, error) -> {
      if (error != null) {
        failures.onFailure(error);
        if (!closed) {
          retries.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
        }
      } else if (closed) {
        opened.close();
      } else {
        connection = opened;
        firstConnection.complete(null);
      }
    });
  }

  @Override
  public void close() {
    closed = true;
    retries.shutdownNow();
    StatefulRedisConnection<String, byte[]> open = connection;
    if (open != null) {
      open.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
