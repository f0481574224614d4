package io.oes.core.engine;

import java.time.Duration;

/**
 * Tunables of an account engine.
 *
 * @param clientIdPrefix prefix of every client order id oes sends to the exchange, so it can
 *     recognise its own orders after any failure
 * @param unknownOutcomeQueries how many times an order whose submission outcome is unknown is
 *     looked up by client id before oes concludes it never reached the exchange
 * @param unknownOutcomeBackoff the wait before the first look-up; doubled for each next one
 */
public record EngineSettings(
    String clientIdPrefix, int unknownOutcomeQueries, Duration unknownOutcomeBackoff) {

  public static EngineSettings defaults() {
    return new EngineSettings("oes-", 4, Duration.ofMillis(200));
  }
}
