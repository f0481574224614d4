package io.oes.sim.matching;

import io.oes.sim.market.PriceLevel;
import io.oes.sim.order.ExecutionType;
import io.oes.sim.order.ExpiryReason;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.TimeInForce;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Matches a taker against the best of the synthetic ladder and the users' resting orders, price
 * first; at one price the users' orders go before the synthetic quantity, oldest first. A taker
 * meeting its own account's resting order applies its self-trade prevention mode. Not
 * thread-safe: runs under its engine's lock.
 */
final class Matcher {
  private final Liquidity liquidity;
  private final Executions executions;
  private final ReduceOnlyGuard reduceOnly;
  private final BiConsumer<Order, Long> onClosed;

  /** @param onClosed told of every order the match closes, with the time */
  Matcher(Liquidity liquidity, Executions executions, ReduceOnlyGuard reduceOnly,
      BiConsumer<Order, Long> onClosed) {
    this.liquidity = liquidity;
    this.executions = executions;
    this.reduceOnly = reduceOnly;
    this.onClosed = onClosed;
  }

  /** Trades {@code taker} as far as its price and the book allow; it may stay open. */
  void matchTaker(Order taker, long now) {
    Optional<BigDecimal> limit = taker.type() == OrderType.MARKET ? Optional.empty()
        : Optional.of(taker.price());
    while (taker.status().isOpen()) {
      BigDecimal fillable = reduceOnly.fillable(taker);
      Optional<Order> maker = liquidity.resting().first(taker.side().opposite());
      Optional<PriceLevel> synthetic = liquidity.ladder().best(taker.side());
      boolean userFirst = maker.isPresent() && (synthetic.isEmpty()
          || Liquidity.reachable(taker.side(), maker.get().price(), synthetic.get().price()));
      Optional<BigDecimal> price = userFirst ? maker.map(Order::price)
          : synthetic.map(PriceLevel::price);
      if (fillable.signum() == 0 || price.isEmpty()
          || limit.isPresent() && !Liquidity.reachable(taker.side(), price.get(), limit.get())) {
        return;
      }
      if (!userFirst) {
        takeSynthetic(taker, fillable, price.get(), now);
      } else if (!tradeWithUser(taker, maker.get(), fillable, now)) {
        return;
      }
    }
  }

  private void takeSynthetic(Order taker, BigDecimal fillable, BigDecimal price, long now) {
    for (PriceLevel fill : liquidity.ladder().take(taker.side(), fillable, Optional.of(price))) {
      fill(taker, fill.price(), fill.quantity(), false, now);
      executions.onPublicTrade(fill.price(), fill.quantity(), taker.side(), now);
    }
  }

  /** One trade between a taker and a resting user order; false when the taker must stop. */
  private boolean tradeWithUser(Order taker, Order maker, BigDecimal fillable, long now) {
    if (maker.accountId() == taker.accountId()) {
      String mode = selfTradeMode(taker);
      if (!mode.equals("NONE")) {
        boolean expireMaker = !mode.equals("EXPIRE_TAKER");
        boolean expireTaker = !mode.equals("EXPIRE_MAKER");
        if (expireMaker) {
          expire(maker, OrderStatus.EXPIRED_IN_MATCH, ExpiryReason.SELF_TRADE_PREVENTION, now);
        }
        if (expireTaker) {
          expire(taker, OrderStatus.EXPIRED_IN_MATCH, ExpiryReason.SELF_TRADE_PREVENTION, now);
        }
        return !expireTaker;
      }
    }
    BigDecimal quantity = fillable.min(reduceOnly.fillable(maker));
    if (quantity.signum() == 0) {
      expire(maker, OrderStatus.EXPIRED, ExpiryReason.REDUCE_ONLY_KNOCKED_OUT, now);
      return true;
    }
    fill(maker, maker.price(), quantity, true, now);
    fill(taker, maker.price(), quantity, false, now);
    executions.onPublicTrade(maker.price(), quantity, taker.side(), now);
    return true;
  }

  /**
   * Fills the resting orders a market move has traded through, as makers at their own price; a
   * reduce-only order whose position is gone expires instead.
   */
  void fillCrossed(long now) {
    var ladder = liquidity.ladder();
    for (Order order : liquidity.resting().crossedBy(ladder.bestBid(), ladder.bestAsk())) {
      BigDecimal quantity = reduceOnly.fillable(order);
      if (quantity.signum() == 0) {
        expire(order, OrderStatus.EXPIRED, ExpiryReason.REDUCE_ONLY_KNOCKED_OUT, now);
      } else {
        fill(order, order.price(), quantity, true, now);
        // The other side is synthetic flow crossing the resting order: it took liquidity.
        executions.onPublicTrade(order.price(), quantity, order.side().opposite(), now);
        if (order.status().isOpen()) {
          expire(order, OrderStatus.EXPIRED, ExpiryReason.REDUCE_ONLY_KNOCKED_OUT, now);
        }
      }
    }
  }

  /** Ends an open order without a trade and reports it. */
  void expire(Order order, OrderStatus status, ExpiryReason reason, long now) {
    order.close(status, reason, now);
    executions.report(order, ExecutionType.EXPIRED, now);
    onClosed.accept(order, now);
  }

  private void fill(Order order, BigDecimal price, BigDecimal quantity, boolean maker, long now) {
    executions.fill(order, price, quantity, maker, now);
    if (!order.status().isOpen()) {
      onClosed.accept(order, now);
    }
  }

  // STP does not apply to FOK and GTX orders, which trade completely or not at all.
  private static String selfTradeMode(Order taker) {
    boolean exempt = taker.timeInForce() == TimeInForce.FOK
        || taker.timeInForce() == TimeInForce.GTX;
    return exempt ? "NONE" : taker.selfTradePreventionMode();
  }
}
