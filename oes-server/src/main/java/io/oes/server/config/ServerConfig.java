package io.oes.server.config;

import java.util.List;

/**
 * Where the gateway listens.
 *
 * @param host the address both servers bind to
 * @param grpcPort the gRPC API port; 0 picks a free one
 * @param httpPort the health/metrics port; 0 picks a free one
 * @param corsAllowedOrigins origins allowed to call the HTTP API from a browser; {@code *} = any
 */
public record ServerConfig(
    String host, int grpcPort, int httpPort, List<String> corsAllowedOrigins) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_GRPC_PORT = 50051;
  public static final int DEFAULT_HTTP_PORT = 9091;

  public ServerConfig {
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }
}
