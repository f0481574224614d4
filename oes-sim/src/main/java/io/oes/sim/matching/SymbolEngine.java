package io.oes.sim.matching;

import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.MarketSample;
import io.oes.sim.market.MarketStats;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.market.MinuteBars;
import io.oes.sim.market.TradeTape;
import io.oes.sim.order.AmendRequest;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderOrigin;
import io.oes.sim.order.OrderRef;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.rules.SymbolRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The book of one symbol: synthetic liquidity, the users' resting and conditional orders and
 * every order ever accepted. Thread-safe: each public method runs under the symbol's lock, the one
 * owner of all state below, so orders, fills and market moves of a symbol happen in one total
 * order.
 */
public final class SymbolEngine {
  /** Closed orders that stay queryable per symbol before the oldest are forgotten. */
  private static final int CLOSED_ORDER_RETENTION = 50_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final SymbolRules rules;
  private final MidPriceWalk walk;
  private final Liquidity liquidity;
  private final EngineContext context;
  private final MarketStats stats;
  private final OrderBook book;
  private final ConditionalOrders conditional;
  private final TradeTape tape = new TradeTape();
  private final MinuteBars minuteBars;

  SymbolEngine(SymbolRules rules, MidPriceWalk walk, Liquidity liquidity, EngineContext context,
      ClientOrderIds clientOrderIds) {
    this.rules = rules;
    this.walk = walk;
    this.liquidity = liquidity;
    this.context = context;
    this.stats = new MarketStats(walk.mid(), context.clock().millis());
    this.minuteBars = new MinuteBars(walk.mid(), context.clock().millis());
    OrderRegistry registry = new OrderRegistry(CLOSED_ORDER_RETENTION);
    Executions executions = new Executions(rules.symbol(), rules.quoteAsset(), context, registry,
        walk, stats, tape, minuteBars);
    this.conditional = new ConditionalOrders(rules, context, clientOrderIds);
    this.book = new OrderBook(rules, context, walk, liquidity, executions, registry,
        clientOrderIds, order -> conditional.onReleasedClosed(order.orderId(), now()));
    context.marks().onMarkPrice(rules.symbol(), walk.mid());
  }

  public SymbolRules rules() {
    return rules;
  }

  /**
   * Accepts and matches a new order, or refuses it without a trace. The answer shows the order as
   * accepted (ACK) or after its immediate matching (RESULT).
   */
  public OrderOutcome place(NewOrder request) {
    return locked(() -> book.place(request, OrderOrigin.direct(request.type()), now()));
  }

  /** Cancels an open order of the account; -2011 when it is unknown or already closed. */
  public OrderOutcome cancel(OrderRef ref) {
    return locked(() -> book.cancel(ref, now()));
  }

  /** Cancels every open order of the account on this symbol; returns how many. */
  public int cancelAll(long accountId) {
    return locked(() -> book.cancelAll(accountId, now()));
  }

  /**
   * Modifies a working LIMIT order of the account named in the amendment's reference (PUT order):
   * -2013, -2011, -5025, -5027, a filter code, or -2019 / -2027 when its new terms do not fit
   * the margin.
   */
  public OrderOutcome amend(AmendRequest amendment) {
    return locked(() -> book.amend(amendment, now()));
  }

  /** Finds an order of the account, open or closed; -2013 when there is none. */
  public OrderOutcome query(OrderRef ref) {
    return locked(() -> book.query(ref));
  }

  /** The account's open orders on this symbol, oldest first. */
  public List<OrderSnapshot> openOrders(long accountId) {
    return locked(() -> book.registry().openOrders(accountId).stream()
        .map(Order::snapshot).toList());
  }

  /** Every order of the account on this symbol still remembered, oldest first. */
  public List<OrderSnapshot> allOrders(long accountId) {
    return locked(() -> book.registry().allOrders(accountId).stream()
        .map(Order::snapshot).toList());
  }

  /** Accepts a conditional order, or refuses it (-2021 when it would trigger at once). */
  public AlgoOutcome placeAlgo(AlgoOrderRequest request) {
    return locked(() -> conditional.place(request, walk.mid(), now()));
  }

  public AlgoOutcome cancelAlgo(long accountId, Optional<Long> algoId,
      Optional<String> clientAlgoId) {
    return locked(() -> conditional.cancel(accountId, algoId, clientAlgoId, now()));
  }

  public int cancelAllAlgos(long accountId) {
    return locked(() -> conditional.cancelAll(accountId, now()));
  }

  public AlgoOutcome queryAlgo(long accountId, Optional<Long> algoId,
      Optional<String> clientAlgoId) {
    return locked(() -> conditional.query(accountId, algoId, clientAlgoId));
  }

  public List<AlgoSnapshot> openAlgos(long accountId) {
    return locked(() -> conditional.open(accountId));
  }

  public List<AlgoSnapshot> allAlgos(long accountId) {
    return locked(() -> conditional.all(accountId));
  }

  /** The book, synthetic and user quantity together, at most {@code limit} levels a side. */
  public DepthSnapshot depth(int limit) {
    return locked(() -> liquidity.depth(limit));
  }

  /** The mark price, which the simulator keeps equal to the mid. */
  public BigDecimal markPrice() {
    return locked(walk::mid);
  }

  public MarketStats.Snapshot stats() {
    return locked(stats::snapshot);
  }

  /** The book ({@code levels} a side), mark price and statistics, all of one moment. */
  public MarketSample sample(int levels) {
    return locked(() -> new MarketSample(liquidity.depth(levels), walk.mid(), stats.snapshot()));
  }

  /** The one-minute candles opening in {@code [fromMillis, toMillis]}, oldest first. */
  public List<MinuteBars.Bar> minuteBars(long fromMillis, long toMillis) {
    return locked(() -> minuteBars.between(fromMillis, toMillis));
  }

  /** The symbol's public trades, for the market streams to drain without taking the lock. */
  public TradeTape tape() {
    return tape;
  }

  /** Moves the market one random step (see {@link #onMarketMove}). */
  public void onMarketTick() {
    locked(() -> {
      onMarketMove(walk.step());
      return null;
    });
  }

  /** Puts the mid at {@code price}, as an operator's market move, then settles as a tick does. */
  public void moveMidTo(BigDecimal price) {
    locked(() -> {
      onMarketMove(walk.jumpTo(price));
      return null;
    });
  }

  /** Runs the time-driven work of a tick without moving the market: GTD expiry. */
  public void onFrozenTick() {
    locked(() -> {
      book.expireGoodTillDate(now());
      return null;
    });
  }

  /**
   * A new mid: a fresh ladder around it, then the resting orders the new prices trade through
   * are filled as makers at their own price, conditional orders whose trigger the mark reached
   * are released, and GTD orders past their date expire.
   */
  private void onMarketMove(long midTicks) {
    long now = now();
    liquidity.ladder().rebuild(midTicks);
    context.marks().onMarkPrice(rules.symbol(), walk.mid());
    stats.onPrice(walk.mid());
    minuteBars.onPrice(walk.mid(), now);
    book.matcher().fillCrossed(now);
    conditional.trigger(walk.mid(), book, now);
    book.expireGoodTillDate(now);
  }

  private long now() {
    return context.clock().millis();
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
