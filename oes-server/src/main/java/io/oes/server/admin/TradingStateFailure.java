package io.oes.server.admin;

import io.oes.core.risk.TradingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The answer, and the log line, when a change of the trading state could not be saved. */
final class TradingStateFailure {
  private static final Logger LOG = LoggerFactory.getLogger(TradingStateFailure.class);

  private TradingStateFailure() {}

  /** Logs the failure once and says what happened and what still holds. */
  static String describe(RuntimeException failure, TradingState unchanged) {
    String message = "the trading state could not be saved (" + failure.getMessage()
        + "); it is unchanged: " + unchanged.mode();
    LOG.error("Trading state change refused: {}", message);
    return message;
  }
}
