package io.oes.sim.matching;

import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Trade;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns fills into trades: numbers them per symbol, charges the maker or taker fee, books them on
 * the owning account (position, wallet, trade list) and reports the order change. Not
 * thread-safe: owned by its symbol's engine.
 */
final class Executions {
  private final String symbol;
  private final String quoteAsset;
  private final FeeSchedule fees;
  private final AccountRegistry accounts;
  private final OrderEventListener listener;
  private long lastTradeId;

  Executions(String symbol, String quoteAsset, FeeSchedule fees, AccountRegistry accounts,
      OrderEventListener listener) {
    this.symbol = symbol;
    this.quoteAsset = quoteAsset;
    this.fees = fees;
    this.accounts = accounts;
    this.listener = listener;
  }

  /** Fills {@code quantity} of {@code order} at {@code price} and records the trade. */
  void fill(Order order, BigDecimal price, BigDecimal quantity, boolean maker, long nowMillis) {
    order.fill(price, quantity, nowMillis);
    BigDecimal quoteQty = price.multiply(quantity);
    Trade unbooked = new Trade(symbol, ++lastTradeId, order.orderId(), order.clientOrderId(),
        order.side(), price, quantity, quoteQty, fees.commission(quoteQty, maker), quoteAsset,
        BigDecimal.ZERO, maker, nowMillis);
    Trade booked = accounts.byId(order.accountId())
        .map(account -> account.onFill(unbooked))
        .orElse(unbooked);
    listener.onOrderUpdate(order.accountId(), order.snapshot(), Optional.of(booked));
  }

  /** Reports a change of {@code order} that involved no trade (NEW, CANCELED, EXPIRED). */
  void report(Order order) {
    listener.onOrderUpdate(order.accountId(), order.snapshot(), Optional.empty());
  }
}
