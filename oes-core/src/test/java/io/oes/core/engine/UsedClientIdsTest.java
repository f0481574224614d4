package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsedClientIdsTest {

  @Test
  void neverForgetsAnIdItWasGivenEvenAfterGrowingPastItsFirstSegment() {
    UsedClientIds used = new UsedClientIds();
    IntStream.range(0, 300_000).forEach(i -> used.add("u" + (i % 7), "c-" + i));

    assertThat(used.size()).isEqualTo(300_000);
    assertThat(IntStream.range(0, 300_000)
        .filter(i -> !used.mightContain("u" + (i % 7), "c-" + i)))
        .isEmpty();
  }

  @Test
  void almostAlwaysTellsAFreshIdApart() {
    UsedClientIds used = new UsedClientIds();
    IntStream.range(0, 200_000).forEach(i -> used.add("alice", "c-" + i));

    long claimed = IntStream.range(0, 100_000)
        .filter(i -> used.mightContain("alice", "fresh-" + i))
        .count();

    // each wrongly claimed id costs one store look-up, nothing more
    assertThat(claimed).isLessThan(2_000);
  }

  @Test
  void theSameClientIdOfAnotherUserIsAnotherKey() {
    UsedClientIds used = new UsedClientIds();
    used.add("alice", "c-1");

    assertThat(used.mightContain("alice", "c-1")).isTrue();
    assertThat(used.mightContain("bob", "c-1")).isFalse();
    assertThat(used.mightContain(null, "c-1"))
        .isEqualTo(used.mightContain("", "c-1"));
  }
}
