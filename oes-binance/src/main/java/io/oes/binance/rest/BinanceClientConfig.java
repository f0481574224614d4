package io.oes.binance.rest;

import io.oes.binance.signing.BinanceCredentials;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How to reach one Binance account.
 *
 * @param baseUrl REST base, e.g. {@link ExchangeEndpoints#LIVE} or a simulator's address
 * @param credentials the account's key and secret
 * @param recvWindowMs how long after its timestamp the exchange may still execute a request
 * @param requestTimeout how long to wait for an answer (also the connect timeout); a request
 *     that runs out of it has an unknown outcome
 * @param clock the local clock; the exchange's offset to it is measured and added
 */
public record BinanceClientConfig(
    URI baseUrl,
    BinanceCredentials credentials,
    long recvWindowMs,
    Duration requestTimeout,
    InstantSource clock) {

  /** Binance's own default, and short enough that a stale request is refused, not executed. */
  public static final long DEFAULT_RECV_WINDOW_MS = 5000;

  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  public BinanceClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(clock, "clock");
    if (recvWindowMs <= 0 || recvWindowMs > 60_000) {
      throw new IllegalArgumentException("recvWindowMs " + recvWindowMs + " must be in 1..60000");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout " + requestTimeout + " must be positive");
    }
  }

  /** The defaults: 5 s receive window, 5 s request timeout, the system clock. */
  public static BinanceClientConfig of(URI baseUrl, BinanceCredentials credentials) {
    return new BinanceClientConfig(baseUrl, credentials, DEFAULT_RECV_WINDOW_MS,
        DEFAULT_REQUEST_TIMEOUT, InstantSource.system());
  }

  /** The same account reached with another local clock. */
  public BinanceClientConfig withClock(InstantSource otherClock) {
    return new BinanceClientConfig(baseUrl, credentials, recvWindowMs, requestTimeout, otherClock);
  }

  /** The same account with another request timeout. */
  public BinanceClientConfig withRequestTimeout(Duration timeout) {
    return new BinanceClientConfig(baseUrl, credentials, recvWindowMs, timeout, clock);
  }
}
