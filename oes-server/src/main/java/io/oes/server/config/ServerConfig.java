package io.oes.server.config;

import java.util.List;
import java.util.OptionalInt;

/**
 * Where the gateway listens.
 *
 * @param host the address both servers bind to
 * @param grpcPort the gRPC API port; 0 picks a free one
 * @param httpPort the health/metrics port; 0 picks a free one
 * @param corsAllowedOrigins origins allowed to call the HTTP API from a browser; {@code *} = any
 * @param streamQueueCapacity updates a StreamOrderUpdates subscriber may fall behind before it
 *     is dropped (so a slow client never slows order handling)
 * @param streamReplayWindow the newest updates kept in memory for resuming subscribers (older
 *     ones are read from the store's journal; these cover what is not committed yet)
 * @param warmUpOrders create+cancel pairs of the training run before ready (see {@link
 *     #trainingOrders()}); empty: none
 */
public record ServerConfig(
    String host, int grpcPort, int httpPort, List<String> corsAllowedOrigins,
    int streamQueueCapacity, int streamReplayWindow, OptionalInt warmUpOrders) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_GRPC_PORT = 50051;
  public static final int DEFAULT_HTTP_PORT = 9091;
  public static final int DEFAULT_STREAM_QUEUE_CAPACITY = 10_000;
  public static final int DEFAULT_STREAM_REPLAY_WINDOW = 100_000;

  public ServerConfig {
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }

  /** With the mode's default training run. */
  public ServerConfig(String host, int grpcPort, int httpPort, List<String> corsAllowedOrigins,
      int streamQueueCapacity, int streamReplayWindow) {
    this(host, grpcPort, httpPort, corsAllowedOrigins, streamQueueCapacity, streamReplayWindow,
        OptionalInt.empty());
  }

  /**
   * The create+cancel pairs the training run sends before ready (to a simulator of its own
   * inside the process, never to the exchange): as configured, else none. Off by default: on
   * two cores 2,000 pairs made the first seconds after ready about 1.5 times faster but ready
   * 11 to 13 s later (BENCHMARKS.md, "Cold start").
   */
  public int trainingOrders() {
    return warmUpOrders.orElse(0);
  }
}
