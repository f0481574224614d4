package io.oes.core.port;

/**
 * Receives the exchange's pushed order reports (Binance's user data stream). Called on the
 * adapter's thread, in the order the exchange sent them; implementations hand off at once.
 */
public interface ExecutionListener {

  /** One order report, possibly announcing a trade. */
  void onExecution(ExecutionReport report);

  /**
   * The stream was interrupted and reports may have been missed: the listener must ask the
   * exchange (over REST) how its open orders stand.
   */
  void onGap(String reason);
}
