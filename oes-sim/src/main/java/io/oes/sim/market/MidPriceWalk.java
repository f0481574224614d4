package io.oes.sim.market;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;

/**
 * A mid price that moves by a whole number of ticks per step: a Gaussian draw scaled to the
 * configured volatility, plus a weak pull back towards the starting price so a long run stays
 * near realistic levels. Deterministic for a given generator seed.
 */
public final class MidPriceWalk {
  /** Fraction of the distance to the starting price recovered per step. */
  private static final double REVERSION_PER_STEP = 0.001;

  private final RandomGenerator random;
  private final BigDecimal tickSize;
  private final long initialTicks;
  // The Gaussian draw is a double by nature; it only ever becomes a whole number of ticks.
  private final double sigmaTicks;
  private long midTicks;

  /**
   * @param volatilityPerStep standard deviation of one step relative to the price (0.0001 = 1 bp)
   */
  public MidPriceWalk(RandomGenerator random, BigDecimal initialMid, BigDecimal tickSize,
      BigDecimal volatilityPerStep) {
    this.random = random;
    this.tickSize = tickSize;
    this.initialTicks = initialMid.divideToIntegralValue(tickSize).longValueExact();
    this.sigmaTicks = volatilityPerStep.multiply(BigDecimal.valueOf(initialTicks)).doubleValue();
    this.midTicks = initialTicks;
  }

  /** Moves the mid by one step and returns the new mid in ticks. */
  public long step() {
    long move = Math.round(random.nextGaussian() * sigmaTicks);
    long pull = Math.round((initialTicks - midTicks) * REVERSION_PER_STEP);
    midTicks = Math.max(1, midTicks + move + pull);
    return midTicks;
  }

  /** Puts the mid at {@code price} (rounded down onto the tick grid) and returns it in ticks. */
  public long jumpTo(BigDecimal price) {
    midTicks = Math.max(1, price.divideToIntegralValue(tickSize).longValueExact());
    return midTicks;
  }

  public long midTicks() {
    return midTicks;
  }

  public BigDecimal mid() {
    return tickSize.multiply(BigDecimal.valueOf(midTicks));
  }
}
