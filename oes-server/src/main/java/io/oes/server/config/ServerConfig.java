package io.oes.server.config;

import java.util.List;

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
 */
public record ServerConfig(
    String host, int grpcPort, int httpPort, List<String> corsAllowedOrigins,
    int streamQueueCapacity, int streamReplayWindow) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_GRPC_PORT = 50051;
  public static final int DEFAULT_HTTP_PORT = 9091;
  public static final int DEFAULT_STREAM_QUEUE_CAPACITY = 10_000;
  public static final int DEFAULT_STREAM_REPLAY_WINDOW = 100_000;

  public ServerConfig {
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }
}
