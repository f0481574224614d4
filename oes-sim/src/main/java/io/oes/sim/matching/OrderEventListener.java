package io.oes.sim.matching;

import io.oes.sim.algo.AlgoSnapshot;

/**
 * Receives every change of every order, in the order it happened on its symbol: the feed a user
 * data stream ({@code ORDER_TRADE_UPDATE}, {@code ACCOUNT_UPDATE}, {@code ALGO_UPDATE}) is built
 * from. Called by the symbol's engine while it holds its lock, so an implementation must hand the
 * event off and never block.
 */
@FunctionalInterface
public interface OrderEventListener {

  /** A listener that ignores every event. */
  OrderEventListener NONE = event -> { };

  void onOrderEvent(OrderEvent event);

  /**
   * A conditional order changed (placed, triggered, cancelled, finished).
   *
   * @param accountId the account owning the conditional order
   * @param eventTimeMillis when it changed, epoch milliseconds
   */
  default void onAlgoUpdate(long accountId, AlgoSnapshot algo, long eventTimeMillis) { }
}
