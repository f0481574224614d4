package io.oes.binance.stream;

import java.time.Duration;

/**
 * How the user data stream is kept alive.
 *
 * @param keepAlive how often the listenKey is extended (the exchange keeps it 60 minutes)
 * @param maxConnectionAge when a connection is replaced, before the exchange cuts it at 24 h
 * @param firstBackoff the wait before the first reconnect; doubled per failure, up to 30 s
 * @param connectTimeout how long a WebSocket handshake may take
 */
public record StreamTimings(
    Duration keepAlive, Duration maxConnectionAge, Duration firstBackoff,
    Duration connectTimeout) {

  public static StreamTimings defaults() {
    return new StreamTimings(Duration.ofMinutes(30), Duration.ofHours(23),
        Duration.ofMillis(200), Duration.ofSeconds(10));
  }
}
