package io.oes.sim.matching;

import io.oes.sim.account.Account.Booking;
import io.oes.sim.account.Trade;
import io.oes.sim.market.MarketStats;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.market.MinuteBars;
import io.oes.sim.market.TradeTape;
import io.oes.sim.market.TradeTape.PublicTrade;
import io.oes.sim.order.ExecutionType;
import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns fills into trades: numbers them per symbol, charges the maker or taker fee, books them on
 * the owning account (position, wallet, trade list) and reports every order change with the
 * account's open notional and the mark price. Not thread-safe: owned by its symbol's engine.
 */
final class Executions {
  private final String symbol;
  private final String quoteAsset;
  private final EngineContext context;
  private final OrderRegistry registry;
  private final MidPriceWalk walk;
  private final MarketStats stats;
  private final TradeTape tape;
  private final MinuteBars minuteBars;
  private long lastTradeId;

  Executions(String symbol, String quoteAsset, EngineContext context, OrderRegistry registry,
      MidPriceWalk walk, MarketStats stats, TradeTape tape, MinuteBars minuteBars) {
    this.symbol = symbol;
    this.quoteAsset = quoteAsset;
    this.context = context;
    this.registry = registry;
    this.walk = walk;
    this.stats = stats;
    this.tape = tape;
    this.minuteBars = minuteBars;
  }

  /** Fills {@code quantity} of {@code order} at {@code price} and records the trade. */
  void fill(Order order, BigDecimal price, BigDecimal quantity, boolean maker, long nowMillis) {
    order.fill(price, quantity, nowMillis);
    BigDecimal quoteQty = price.multiply(quantity);
    Trade unbooked = new Trade(symbol, ++lastTradeId, order.orderId(), order.clientOrderId(),
        order.side(), price, quantity, quoteQty, context.fees().commission(quoteQty, maker),
        quoteAsset, BigDecimal.ZERO, maker, nowMillis);
    Optional<Booking> booking = context.accounts().byId(order.accountId())
        .map(account -> account.book(unbooked));
    stats.onTrade(price, quantity, nowMillis);
    publish(order, ExecutionType.TRADE, booking, nowMillis);
  }

  /**
   * Prints the trade just filled on the public tape and in the minute candles, once per trade
   * however many of its sides were user orders.
   */
  void onPublicTrade(BigDecimal price, BigDecimal quantity, Side takerSide, long nowMillis) {
    tape.onTrade(new PublicTrade(lastTradeId, price, quantity, takerSide == Side.SELL,
        nowMillis));
    minuteBars.onTrade(price, quantity, takerSide == Side.BUY, lastTradeId, nowMillis);
  }

  /** Reports a change of {@code order} that involved no trade. */
  void report(Order order, ExecutionType executionType, long nowMillis) {
    publish(order, executionType, Optional.empty(), nowMillis);
  }

  private void publish(Order order, ExecutionType executionType, Optional<Booking> booking,
      long nowMillis) {
    BigDecimal bids = BigDecimal.ZERO;
    BigDecimal asks = BigDecimal.ZERO;
    for (Order open : registry.openOrders(order.accountId())) {
      if (!open.status().isOpen()) {
        continue;
      }
      if (open.side() == Side.BUY) {
        bids = bids.add(open.openNotional());
      } else {
        asks = asks.add(open.openNotional());
      }
    }
    context.listener().onOrderEvent(new OrderEvent(order.accountId(), order.snapshot(),
        executionType, booking, bids, asks, walk.mid(), nowMillis));
  }
}
