package io.oes.server.config;

/**
 * The embedded exchange simulator, used in {@link ExchangeMode#SIM}.
 *
 * @param port the loopback port it listens on; 0 picks a free one
 * @param seed the seed of its price paths, so runs can be repeated
 */
public record SimConfig(int port, long seed) {

  public static final int DEFAULT_PORT = 0;
  public static final long DEFAULT_SEED = 42;
}
