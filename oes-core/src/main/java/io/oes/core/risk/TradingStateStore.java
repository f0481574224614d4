package io.oes.core.risk;

import java.util.Optional;

/**
 * Where the kill switch keeps its state, so a halt outlives the process. {@link #save} returns
 * only once the state is durable and throws when it cannot be made so (the caller then keeps
 * the state it had).
 */
public interface TradingStateStore {

  /** The state saved last, or empty when none ever was. */
  Optional<TradingState> load();

  /**
   * Makes {@code state} the saved state; blocks until committed.
   *
   * @throws RuntimeException when the state cannot be committed
   */
  void save(TradingState state);

  /** Keeps the state in memory only: for tests, tools and the in-memory store. */
  static TradingStateStore inMemory() {
    return new TradingStateStore() {
      private volatile TradingState saved;

      @Override
      public Optional<TradingState> load() {
        return Optional.ofNullable(saved);
      }

      @Override
      public void save(TradingState state) {
        saved = state;
      }
    };
  }
}
