package io.oes.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.testing.ManualClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The halt is saved before it takes effect and restored by the next switch. */
class KillSwitchStoreTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));

  @Test
  void aNewSwitchStartsFromTheSavedHalt() {
    TradingStateStore store = TradingStateStore.inMemory();
    TradingState halted = new KillSwitch(clock, store).halt("exchange incident", "ops@desk");

    KillSwitch restarted = new KillSwitch(clock, store);

    assertThat(restarted.state()).isEqualTo(halted);
    assertThat(restarted.state().isHalted()).isTrue();
  }

  @Test
  void aNewSwitchStartsFromTheSavedReducingMode() {
    TradingStateStore store = TradingStateStore.inMemory();
    TradingState reducing = new KillSwitch(clock, store).reduce("winding down", "ops@desk");

    assertThat(new KillSwitch(clock, store).state()).isEqualTo(reducing);
    assertThat(reducing.isReducing()).isTrue();
  }

  @Test
  void aStoreThatCannotCommitLeavesTheStateAsItWas() {
    TradingStateStore broken = new TradingStateStore() {
      @Override
      public Optional<TradingState> load() {
        return Optional.empty();
      }

      @Override
      public void save(TradingState state) {
        throw new IllegalStateException("database down");
      }
    };
    KillSwitch killSwitch = new KillSwitch(clock, broken);

    assertThatThrownBy(() -> killSwitch.halt("drill", "ops")).hasMessage("database down");
    assertThat(killSwitch.state()).isEqualTo(TradingState.INITIAL);
  }
}
