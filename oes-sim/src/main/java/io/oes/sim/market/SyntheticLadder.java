package io.oes.sim.market;

import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Synthetic resting liquidity around the mid: {@code levels} bids below and asks above, one tick
 * of half-spread, deeper levels holding more. Takers consume it; {@link #rebuild(long)} restores
 * full quantities around a new mid.
 */
public final class SyntheticLadder {
  private final BigDecimal tickSize;
  private final BigDecimal stepSize;
  private final int spacingTicks;
  private final BigDecimal[] levelQuantities;
  private final BigDecimal[] bidRemaining;
  private final BigDecimal[] askRemaining;
  private long midTicks;
  private long updateId;

  public SyntheticLadder(MarketProfile profile, BigDecimal tickSize, BigDecimal stepSize,
      int levels, long midTicks) {
    this.tickSize = tickSize;
    this.stepSize = stepSize;
    this.spacingTicks = profile.levelSpacingTicks();
    this.levelQuantities = new BigDecimal[levels];
    for (int level = 0; level < levels; level++) {
      // Level n holds (2 + n) / 2 times the best level: depth grows away from the mid.
      BigDecimal raw = profile.levelQuantity().multiply(BigDecimal.valueOf(2L + level))
          .divide(BigDecimal.TWO);
      levelQuantities[level] = raw.divide(stepSize, 0, RoundingMode.FLOOR).max(BigDecimal.ONE)
          .multiply(stepSize);
    }
    this.bidRemaining = new BigDecimal[levels];
    this.askRemaining = new BigDecimal[levels];
    rebuild(midTicks);
  }

  /** Centres the ladder on a new mid and restores every level to its full quantity. */
  public void rebuild(long newMidTicks) {
    this.midTicks = newMidTicks;
    System.arraycopy(levelQuantities, 0, bidRemaining, 0, levelQuantities.length);
    System.arraycopy(levelQuantities, 0, askRemaining, 0, levelQuantities.length);
    updateId++;
  }

  public BigDecimal bestBid() {
    return price(Side.BUY, 0);
  }

  public BigDecimal bestAsk() {
    return price(Side.SELL, 0);
  }

  /**
   * Takes up to {@code quantity} from the side a taker of {@code takerSide} trades against, best
   * level first, never beyond {@code limitPrice}; returns the fills in the order they happened.
   */
  public List<PriceLevel> take(Side takerSide, BigDecimal quantity, Optional<BigDecimal> limitPrice) {
    BigDecimal[] remaining = takerSide == Side.BUY ? askRemaining : bidRemaining;
    Side restingSide = takerSide == Side.BUY ? Side.SELL : Side.BUY;
    List<PriceLevel> fills = new ArrayList<>();
    BigDecimal left = quantity;
    for (int level = 0; level < remaining.length && left.signum() > 0; level++) {
      BigDecimal price = price(restingSide, level);
      if (limitPrice.isPresent() && !reachable(takerSide, price, limitPrice.get())) {
        break;
      }
      BigDecimal taken = left.min(remaining[level]);
      if (taken.signum() > 0) {
        remaining[level] = remaining[level].subtract(taken);
        left = left.subtract(taken);
        fills.add(new PriceLevel(price, taken));
      }
    }
    if (!fills.isEmpty()) {
      updateId++;
    }
    return fills;
  }

  /** The quantity a taker could get right now without going beyond {@code limitPrice}. */
  public BigDecimal available(Side takerSide, Optional<BigDecimal> limitPrice) {
    BigDecimal[] remaining = takerSide == Side.BUY ? askRemaining : bidRemaining;
    Side restingSide = takerSide == Side.BUY ? Side.SELL : Side.BUY;
    BigDecimal total = BigDecimal.ZERO;
    for (int level = 0; level < remaining.length; level++) {
      if (limitPrice.isPresent()
          && !reachable(takerSide, price(restingSide, level), limitPrice.get())) {
        break;
      }
      total = total.add(remaining[level]);
    }
    return total;
  }

  /** The best level a taker of {@code takerSide} would trade against, if any holds quantity. */
  public Optional<PriceLevel> best(Side takerSide) {
    BigDecimal[] remaining = takerSide == Side.BUY ? askRemaining : bidRemaining;
    Side restingSide = takerSide == Side.BUY ? Side.SELL : Side.BUY;
    for (int level = 0; level < remaining.length; level++) {
      if (remaining[level].signum() > 0) {
        return Optional.of(new PriceLevel(price(restingSide, level), remaining[level]));
      }
    }
    return Optional.empty();
  }

  public long updateId() {
    return updateId;
  }

  /** Whether a limit order of {@code side} at {@code price} would trade on arrival. */
  public boolean crosses(Side side, BigDecimal price) {
    return side == Side.BUY ? price.compareTo(bestAsk()) >= 0 : price.compareTo(bestBid()) <= 0;
  }

  /** The best {@code limit} levels of each side that still hold quantity. */
  public DepthSnapshot depth(int limit) {
    return new DepthSnapshot(updateId, side(Side.BUY, bidRemaining, limit),
        side(Side.SELL, askRemaining, limit));
  }

  private List<PriceLevel> side(Side side, BigDecimal[] remaining, int limit) {
    List<PriceLevel> levels = new ArrayList<>();
    for (int level = 0; level < remaining.length && levels.size() < limit; level++) {
      if (remaining[level].signum() > 0) {
        levels.add(new PriceLevel(price(side, level), remaining[level]));
      }
    }
    return levels;
  }

  private static boolean reachable(Side takerSide, BigDecimal price, BigDecimal limit) {
    return takerSide == Side.BUY ? price.compareTo(limit) <= 0 : price.compareTo(limit) >= 0;
  }

  private BigDecimal price(Side restingSide, int level) {
    long distance = 1L + (long) level * spacingTicks;
    long ticks = restingSide == Side.BUY ? midTicks - distance : midTicks + distance;
    return tickSize.multiply(BigDecimal.valueOf(Math.max(1, ticks)));
  }
}
