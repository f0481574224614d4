package io.oes.sim.matching;

import io.oes.sim.account.Account.Booking;
import io.oes.sim.account.OpenOrderNotional;
import io.oes.sim.account.PositionKey;
import io.oes.sim.account.Trade;
import io.oes.sim.market.MarketStats;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.market.MinuteBars;
import io.oes.sim.market.TradeTape;
import io.oes.sim.market.TradeTape.PublicTrade;
import io.oes.sim.order.ExecutionType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns fills into trades: numbers them per symbol, charges the maker or taker fee, books them on
 * the owning account (position, wallet, trade list) and reports every order change with the
 * account's open notional and the mark price; the open notional per position also goes to the
 * account, for its margin. Not thread-safe: owned by its symbol's engine.
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
        quoteAsset, BigDecimal.ZERO, maker, nowMillis, order.positionSide());
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
    Map<PositionSide, OpenOrderNotional> bySide = new EnumMap<>(PositionSide.class);
    for (PositionSide side : PositionSide.values()) {
      bySide.put(side, OpenOrderNotional.NONE);
    }
    for (Order open : registry.openOrders(order.accountId())) {
      if (open.status().isOpen()) {
        bySide.computeIfPresent(open.positionSide(),
            (side, notional) -> notional.plus(open.side() == Side.BUY, open.openNotional()));
      }
    }
    context.accounts().byId(order.accountId()).ifPresent(account -> bySide.forEach(
        (side, notional) -> account.onOpenOrders(new PositionKey(symbol, side), notional)));
    BigDecimal bids = bySide.values().stream().map(OpenOrderNotional::bids)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal asks = bySide.values().stream().map(OpenOrderNotional::asks)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    context.listener().onOrderEvent(new OrderEvent(order.accountId(), order.snapshot(),
        executionType, booking, bids, asks, walk.mid(), nowMillis));
  }
}
