package io.oes.sim.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyntheticLadderTest {
  private static final MarketProfile PROFILE =
      new MarketProfile("BTCUSDT", new BigDecimal("95000.00"), new BigDecimal("0.5"), 1);
  private static final BigDecimal TICK = new BigDecimal("0.10");
  private static final long MID_TICKS = 950_000;

  private final SyntheticLadder ladder =
      new SyntheticLadder(PROFILE, TICK, new BigDecimal("0.001"), 5, MID_TICKS);

  @Test
  void quotesOneTickEitherSideOfTheMidWithDeeperLevelsHoldingMore() {
    DepthSnapshot depth = ladder.depth(5);

    assertThat(depth.bids().getFirst().price()).isEqualByComparingTo("94999.9");
    assertThat(depth.asks().getFirst().price()).isEqualByComparingTo("95000.1");
    assertThat(depth.asks()).extracting(PriceLevel::quantity)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.75"), new BigDecimal("1"),
            new BigDecimal("1.25"), new BigDecimal("1.5"));
  }

  @Test
  void takesLevelByLevelAndStopsAtTheLimitPrice() {
    List<PriceLevel> fills =
        ladder.take(Side.BUY, new BigDecimal("2"), Optional.of(new BigDecimal("95000.2")));

    assertThat(fills).extracting(PriceLevel::price).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("95000.1"), new BigDecimal("95000.2"));
    assertThat(ladder.available(Side.BUY, Optional.of(new BigDecimal("95000.2")))).isZero();
    assertThat(ladder.bestAsk()).isEqualByComparingTo("95000.1");
  }

  @Test
  void restoresFullQuantitiesWhenRebuilt() {
    ladder.take(Side.SELL, new BigDecimal("1"), Optional.empty());
    ladder.rebuild(MID_TICKS + 10);

    assertThat(ladder.depth(1).bids().getFirst())
        .isEqualTo(new PriceLevel(new BigDecimal("95000.90"), new BigDecimal("0.500")));
  }
}
