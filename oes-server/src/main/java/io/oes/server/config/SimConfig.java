package io.oes.server.config;

/**
 * The embedded exchange simulator, used in {@link ExchangeMode#SIM}.
 *
 * @param port the loopback port it listens on; 0 picks a free one
 * @param seed the seed of its price paths, so runs can be repeated
 * @param enforceRateLimits whether it enforces Binance's request weight and order limits (429,
 *     418); off only for load tests that measure the gateway alone
 */
public record SimConfig(int port, long seed, boolean enforceRateLimits) {

  public static final int DEFAULT_PORT = 0;
  public static final long DEFAULT_SEED = 42;
}
