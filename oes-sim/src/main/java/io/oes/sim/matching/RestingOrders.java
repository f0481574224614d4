package io.oes.sim.matching;

import io.oes.sim.market.PriceLevel;
import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The users' orders resting on one symbol, by side and price, oldest first within a price: price
 * then time priority. Not thread-safe: owned by its symbol's engine.
 */
final class RestingOrders {
  private final NavigableMap<BigDecimal, ArrayDeque<Order>> bids =
      new TreeMap<>(Comparator.reverseOrder());
  private final NavigableMap<BigDecimal, ArrayDeque<Order>> asks = new TreeMap<>();

  void add(Order order) {
    sideOf(order.side()).computeIfAbsent(order.price(), price -> new ArrayDeque<>()).addLast(order);
  }

  void remove(Order order) {
    NavigableMap<BigDecimal, ArrayDeque<Order>> side = sideOf(order.side());
    ArrayDeque<Order> level = side.get(order.price());
    if (level != null && level.remove(order) && level.isEmpty()) {
      side.remove(order.price());
    }
  }

  /** The order first in line on {@code restingSide}: best price, then oldest. */
  Optional<Order> first(Side restingSide) {
    Map.Entry<BigDecimal, ArrayDeque<Order>> best = sideOf(restingSide).firstEntry();
    return best == null ? Optional.empty() : Optional.of(best.getValue().getFirst());
  }

  /** The quantity on {@code restingSide} at prices a taker limited to {@code limit} reaches. */
  BigDecimal available(Side restingSide, Optional<BigDecimal> limit) {
    NavigableMap<BigDecimal, ArrayDeque<Order>> side = sideOf(restingSide);
    var reachable = limit.isPresent() ? side.headMap(limit.get(), true) : side;
    return reachable.values().stream().flatMap(ArrayDeque::stream)
        .map(Order::remainingQty).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The quantity per price on {@code restingSide}, best first. */
  List<PriceLevel> levels(Side restingSide) {
    List<PriceLevel> levels = new ArrayList<>();
    sideOf(restingSide).forEach((price, orders) -> levels.add(new PriceLevel(price,
        orders.stream().map(Order::remainingQty).reduce(BigDecimal.ZERO, BigDecimal::add))));
    return levels;
  }

  /**
   * The resting orders the market has traded through, in priority order: bids at or above the
   * best ask, asks at or below the best bid.
   */
  List<Order> crossedBy(BigDecimal bestBid, BigDecimal bestAsk) {
    List<Order> crossed = new ArrayList<>();
    bids.headMap(bestAsk, true).values().forEach(crossed::addAll);
    asks.headMap(bestBid, true).values().forEach(crossed::addAll);
    return crossed;
  }

  /** Every resting order, in no particular order. */
  List<Order> all() {
    List<Order> all = new ArrayList<>();
    bids.values().forEach(all::addAll);
    asks.values().forEach(all::addAll);
    return all;
  }

  private NavigableMap<BigDecimal, ArrayDeque<Order>> sideOf(Side side) {
    return side == Side.BUY ? bids : asks;
  }
}
