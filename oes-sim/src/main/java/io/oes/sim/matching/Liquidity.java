package io.oes.sim.matching;

import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.market.SyntheticLadder;
import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a taker can trade against on one symbol: the synthetic ladder and the users' resting
 * orders together, as the depth endpoint shows them. Not thread-safe: owned by its engine.
 */
final class Liquidity {
  private final SyntheticLadder ladder;
  private final RestingOrders resting;
  private long userBookVersion;

  Liquidity(SyntheticLadder ladder, RestingOrders resting) {
    this.ladder = ladder;
    this.resting = resting;
  }

  SyntheticLadder ladder() {
    return ladder;
  }

  RestingOrders resting() {
    return resting;
  }

  /** Marks a change of the users' resting orders, so depth's update id moves. */
  void onUserBookChange() {
    userBookVersion++;
  }

  /** The best price a taker of {@code takerSide} would trade at, if anything rests there. */
  Optional<BigDecimal> bestOpposite(Side takerSide) {
    Optional<BigDecimal> synthetic = ladder.best(takerSide).map(PriceLevel::price);
    Optional<BigDecimal> user = resting.first(takerSide.opposite()).map(Order::price);
    if (synthetic.isEmpty() || user.isEmpty()) {
      return synthetic.or(() -> user);
    }
    return Optional.of(better(takerSide, synthetic.get(), user.get()));
  }

  /** Whether a limit order of {@code side} at {@code price} would trade on arrival. */
  boolean crosses(Side side, BigDecimal price) {
    return bestOpposite(side).map(best -> reachable(side, best, price)).orElse(false);
  }

  /** The quantity a taker could get right now without going beyond {@code limit}. */
  BigDecimal available(Side takerSide, Optional<BigDecimal> limit) {
    return ladder.available(takerSide, limit).add(resting.available(takerSide.opposite(), limit));
  }

  /** Both sides, synthetic and user quantity summed per price, best {@code limit} levels each. */
  DepthSnapshot depth(int limit) {
    DepthSnapshot synthetic = ladder.depth(limit);
    return new DepthSnapshot(synthetic.lastUpdateId() + userBookVersion,
        merge(synthetic.bids(), resting.levels(Side.BUY), Comparator.reverseOrder(), limit),
        merge(synthetic.asks(), resting.levels(Side.SELL), Comparator.naturalOrder(), limit));
  }

  static boolean reachable(Side takerSide, BigDecimal price, BigDecimal limit) {
    return takerSide == Side.BUY ? price.compareTo(limit) <= 0 : price.compareTo(limit) >= 0;
  }

  private static BigDecimal better(Side takerSide, BigDecimal a, BigDecimal b) {
    return takerSide == Side.BUY ? a.min(b) : a.max(b);
  }

  private static List<PriceLevel> merge(List<PriceLevel> synthetic, List<PriceLevel> user,
      Comparator<BigDecimal> bestFirst, int limit) {
    TreeMap<BigDecimal, BigDecimal> byPrice = new TreeMap<>(bestFirst);
    synthetic.forEach(level -> byPrice.merge(level.price(), level.quantity(), BigDecimal::add));
    user.forEach(level -> byPrice.merge(level.price(), level.quantity(), BigDecimal::add));
    List<PriceLevel> merged = new ArrayList<>();
    for (var entry : byPrice.entrySet()) {
      if (merged.size() == limit) {
        break;
      }
      merged.add(new PriceLevel(entry.getKey(), entry.getValue()));
    }
    return merged;
  }
}
