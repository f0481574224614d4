package io.oes.sim.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MidPriceWalkTest {
  private static final BigDecimal TICK = new BigDecimal("0.10");

  @Test
  void repeatsTheSamePathForTheSameSeed() {
    assertThat(path(7)).containsExactly(path(7));
    assertThat(path(7)).isNotEqualTo(path(8));
  }

  @Test
  void movesOnlyByWholeTicks() {
    MidPriceWalk walk = walk(3);
    for (int i = 0; i < 100; i++) {
      walk.step();
      assertThat(walk.mid().remainder(TICK)).isZero();
    }
  }

  @Test
  void staysStillWithZeroVolatility() {
    MidPriceWalk walk = new MidPriceWalk(new SplittableRandom(1), new BigDecimal("95000.00"), TICK,
        BigDecimal.ZERO);
    LongStream.range(0, 50).forEach(i -> walk.step());

    assertThat(walk.mid()).isEqualByComparingTo("95000");
  }

  private static long[] path(long seed) {
    MidPriceWalk walk = walk(seed);
    return LongStream.range(0, 100).map(i -> walk.step()).toArray();
  }

  private static MidPriceWalk walk(long seed) {
    return new MidPriceWalk(new SplittableRandom(seed), new BigDecimal("95000.00"), TICK,
        new BigDecimal("0.0001"));
  }
}
