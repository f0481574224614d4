package io.oes.core.engine;

import io.oes.core.order.ExchangeClientIds;
import java.time.Duration;

/**
 * Tunables of an account engine.
 *
 * @param clientIdPrefix prefix of every client order id oes sends to the exchange, so it can
 *     recognise its own orders after any failure (at most {@link
 *     ExchangeClientIds#MAX_PREFIX_LENGTH} characters)
 * @param recvWindow how long after its timestamp the exchange still accepts a request (the
 *     {@code recvWindow} the exchange client sends)
 * @param clockMargin how far the exchange's clock may be off the local one, on top of {@code
 *     recvWindow}, before an order not found is taken as never having reached the exchange
 * @param unknownOutcomeBackoff the wait before the first look-up of an order whose outcome is
 *     unknown; doubled for each next one
 * @param unknownOutcomeMaxBackoff the longest wait between two look-ups
 * @param intentCommitTimeout how long an order waits for its intent to be committed before it
 *     is refused unsent
 * @param answerWithin how long a caller waits for an unknown outcome to settle before it is
 *     answered with the order as it stands (UNKNOWN); the look-ups go on
 * @param streamEventWait how long the engine waits for the user-data stream to report what a
 *     REST answer implies (a new order's trades, a bulk cancel's cancels) before it asks the
 *     exchange instead
 */
public record EngineSettings(
    String clientIdPrefix,
    Duration recvWindow,
    Duration clockMargin,
    Duration unknownOutcomeBackoff,
    Duration unknownOutcomeMaxBackoff,
    Duration intentCommitTimeout,
    Duration answerWithin,
    Duration streamEventWait) {

  public EngineSettings {
    String problem = ExchangeClientIds.problemWithPrefix(clientIdPrefix);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings("oes-", Duration.ofMillis(5000), Duration.ofSeconds(1),
        Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(3), Duration.ofSeconds(1));
  }

  /** These settings for an exchange client that sends {@code recvWindow}. */
  public EngineSettings withRecvWindow(Duration window) {
    return new EngineSettings(clientIdPrefix, window, clockMargin, unknownOutcomeBackoff,
        unknownOutcomeMaxBackoff, intentCommitTimeout, answerWithin, streamEventWait);
  }
}
