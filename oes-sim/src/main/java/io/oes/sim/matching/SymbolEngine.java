package io.oes.sim.matching;

import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.market.SyntheticLadder;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderRef;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.ResponseType;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The book of one symbol: synthetic liquidity, the users' resting orders and every order ever
 * accepted. Thread-safe: each public method runs under the symbol's lock, the one owner of all
 * state below, so orders, fills and market moves of a symbol happen in one total order.
 */
public final class SymbolEngine {
  /** Closed orders that stay queryable per symbol before the oldest are forgotten. */
  private static final int CLOSED_ORDER_RETENTION = 50_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final SymbolRules rules;
  private final MidPriceWalk walk;
  private final SyntheticLadder ladder;
  private final EngineContext context;
  private final Admission admission;
  private final Executions executions;
  private final ClientOrderIds clientOrderIds;
  private final OrderRegistry registry = new OrderRegistry(CLOSED_ORDER_RETENTION);
  private final RestingOrders resting = new RestingOrders();
  private long lastOrderId;

  SymbolEngine(SymbolRules rules, MidPriceWalk walk, SyntheticLadder ladder,
      EngineContext context, ClientOrderIds clientOrderIds) {
    this.rules = rules;
    this.walk = walk;
    this.ladder = ladder;
    this.context = context;
    this.clientOrderIds = clientOrderIds;
    this.admission = new Admission(rules, context.filters());
    this.executions = new Executions(rules.symbol(), rules.quoteAsset(), context.fees(),
        context.accounts(), context.listener());
  }

  public SymbolRules rules() {
    return rules;
  }

  /**
   * Accepts and matches a new order, or refuses it without a trace. The answer shows the order as
   * accepted (ACK) or after its immediate matching (RESULT).
   */
  public OrderOutcome place(NewOrder request) {
    lock.lock();
    try {
      long now = context.clock().millis();
      Optional<Rejection> refusal = admission.check(request, registry, ladder, walk.mid(), now);
      if (refusal.isPresent()) {
        return new OrderOutcome.Refused(refusal.get());
      }
      String clientOrderId = request.clientOrderId().orElseGet(clientOrderIds::next);
      Order order = new Order(request, ++lastOrderId, clientOrderId, now);
      registry.onAccepted(order);
      executions.report(order);
      OrderSnapshot acknowledged = order.snapshot();
      match(order, now);
      return new OrderOutcome.Accepted(
          request.responseType() == ResponseType.ACK ? acknowledged : order.snapshot());
    } finally {
      lock.unlock();
    }
  }

  /** Cancels an open order of the account; -2011 when it is unknown or already closed. */
  public OrderOutcome cancel(OrderRef ref) {
    lock.lock();
    try {
      Optional<Order> open = registry.find(ref).filter(order -> order.status().isOpen());
      if (open.isEmpty()) {
        return new OrderOutcome.Refused(Rejections.unknownOrderOnCancel());
      }
      Order order = open.get();
      resting.remove(order);
      close(order, OrderStatus.CANCELED, context.clock().millis());
      return new OrderOutcome.Accepted(order.snapshot());
    } finally {
      lock.unlock();
    }
  }

  /** Finds an order of the account, open or closed; -2013 when there is none. */
  public OrderOutcome query(OrderRef ref) {
    lock.lock();
    try {
      return registry.find(ref)
          .<OrderOutcome>map(order -> new OrderOutcome.Accepted(order.snapshot()))
          .orElseGet(() -> new OrderOutcome.Refused(Rejections.orderDoesNotExist()));
    } finally {
      lock.unlock();
    }
  }

  /** The account's open orders on this symbol, oldest first. */
  public List<OrderSnapshot> openOrders(long accountId) {
    lock.lock();
    try {
      return registry.openOrders(accountId).stream().map(Order::snapshot).toList();
    } finally {
      lock.unlock();
    }
  }

  /** The synthetic book, at most {@code limit} levels a side. */
  public DepthSnapshot depth(int limit) {
    lock.lock();
    try {
      return ladder.depth(limit);
    } finally {
      lock.unlock();
    }
  }

  /** The mark price, which the simulator keeps equal to the mid. */
  public BigDecimal markPrice() {
    lock.lock();
    try {
      return walk.mid();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Moves the market one step: a new mid, a fresh ladder around it, then the resting orders the
   * new prices trade through are filled as makers at their own price, and GTD orders past their
   * date expire.
   */
  public void onMarketTick() {
    lock.lock();
    try {
      long now = context.clock().millis();
      ladder.rebuild(walk.step());
      for (Order order : resting.crossedBy(ladder.bestBid(), ladder.bestAsk())) {
        executions.fill(order, order.price(), order.remainingQty(), true, now);
        resting.remove(order);
        registry.onClosed(order);
      }
      for (Order order : resting.all()) {
        if (order.goodTillDateMillis() > 0 && order.goodTillDateMillis() <= now) {
          resting.remove(order);
          close(order, OrderStatus.EXPIRED, now);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void match(Order order, long now) {
    boolean marketable = order.type() == OrderType.MARKET
        || ladder.crosses(order.side(), order.price());
    if (marketable) {
      Optional<BigDecimal> limit = order.type() == OrderType.MARKET
          ? Optional.empty() : Optional.of(order.price());
      for (PriceLevel fill : ladder.take(order.side(), order.remainingQty(), limit)) {
        executions.fill(order, fill.price(), fill.quantity(), false, now);
      }
    }
    if (order.remainingQty().signum() == 0) {
      registry.onClosed(order);
    } else if (order.type() == OrderType.LIMIT && order.timeInForce().restsRemainder()) {
      resting.add(order);
    } else {
      // MARKET and IOC remainders the ladder could not fill expire, as on Binance.
      close(order, OrderStatus.EXPIRED, now);
    }
  }

  private void close(Order order, OrderStatus finalStatus, long now) {
    order.close(finalStatus, now);
    registry.onClosed(order);
    executions.report(order);
  }
}
