package io.oes.sim.matching;

import io.oes.sim.account.Trade;
import io.oes.sim.order.OrderSnapshot;
import java.util.Optional;

/**
 * Receives every change of every order, in the order it happened on its symbol: the feed a user
 * data stream ({@code ORDER_TRADE_UPDATE}) is built from. Called by the symbol's engine while it
 * holds its lock, so an implementation must hand the event off and never block.
 */
@FunctionalInterface
public interface OrderEventListener {

  /** A listener that ignores every event. */
  OrderEventListener NONE = (accountId, order, trade) -> { };

  /**
   * @param accountId the account owning the order
   * @param order the order right after the change
   * @param trade the fill that caused the change, empty for NEW, CANCELED and EXPIRED
   */
  void onOrderUpdate(long accountId, OrderSnapshot order, Optional<Trade> trade);
}
