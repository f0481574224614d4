package io.oes.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompletionWindowsTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void eachCallCountsInTheWindowInWhichItFinished() {
    CompletionWindows windows = new CompletionWindows(1);

    windows.record(0);
    windows.record(SECOND - 1);
    windows.record(SECOND);
    windows.record(3 * SECOND + 5);

    assertThat(windows.counts()).containsExactly(2, 1, 0, 1);
  }

  @Test
  void widerWindowsGatherMoreSeconds() {
    CompletionWindows windows = new CompletionWindows(10);

    windows.record(9 * SECOND);
    windows.record(10 * SECOND);

    assertThat(windows.counts()).containsExactly(1, 1);
  }

  @Test
  void mergingAddsWindowByWindowAndKeepsTheLongerTail() {
    CompletionWindows first = new CompletionWindows(1);
    first.record(0);
    CompletionWindows second = new CompletionWindows(1);
    second.record(0);
    second.record(2 * SECOND);

    first.add(second);

    assertThat(first.counts()).containsExactly(2, 0, 1);
  }

  @Test
  void offCountsNothing() {
    CompletionWindows windows = new CompletionWindows(CompletionWindows.OFF);

    windows.record(SECOND);

    assertThat(windows.counts()).isEmpty();
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> new CompletionWindows(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
