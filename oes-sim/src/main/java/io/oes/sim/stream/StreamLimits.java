package io.oes.sim.stream;

import java.time.Duration;

/**
 * Binance's limits on a stream connection (market streams page): what a client may send, how
 * many streams it may hold and how long it may stay; plus how far a connection's outgoing
 * frames may queue up before the client counts as too slow and is cut.
 *
 * @param messagesPerSecond incoming messages a connection may send per second (Binance: 10);
 *     one more closes it
 * @param maxStreams streams one connection may listen to (Binance: 1024)
 * @param maxConnectionTime how long a connection lives (Binance: 24 hours)
 * @param outboxFrames frames waiting for a client before it is cut as too slow
 */
public record StreamLimits(int messagesPerSecond, int maxStreams, Duration maxConnectionTime,
    int outboxFrames) {

  public StreamLimits {
    if (messagesPerSecond < 1 || maxStreams < 1 || outboxFrames < 1
        || !maxConnectionTime.isPositive()) {
      throw new IllegalArgumentException("stream limits must be positive: " + messagesPerSecond
          + ", " + maxStreams + ", " + maxConnectionTime + ", " + outboxFrames);
    }
  }

  /** Binance's limits, with room for 4096 frames per slow client. */
  public static StreamLimits binance() {
    return new StreamLimits(10, 1024, Duration.ofHours(24), 4096);
  }
}
