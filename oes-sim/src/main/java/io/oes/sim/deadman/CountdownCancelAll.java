package io.oes.sim.deadman;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The dead-man switch of {@code POST /fapi/v1/countdownCancelAll}: per account and symbol, a
 * countdown that cancels every open order of the symbol when it runs out. Each call replaces the
 * countdown (a refresh); a countdown of 0 disarms it. Thread-safe.
 */
public final class CountdownCancelAll {
  private final ScheduledExecutorService scheduler;
  private final BiConsumer<Long, String> cancelAll;
  private final Map<Key, ScheduledFuture<?>> armed = new ConcurrentHashMap<>();

  private record Key(long accountId, String symbol) {}

  /**
   * @param cancelAll cancels all open orders of (account id, symbol)
   */
  public CountdownCancelAll(ScheduledExecutorService scheduler,
      BiConsumer<Long, String> cancelAll) {
    this.scheduler = scheduler;
    this.cancelAll = cancelAll;
  }

  /** Arms, refreshes or (with zero) disarms the countdown of one account and symbol. */
  public void countdown(long accountId, String symbol, Duration countdown) {
    Key key = new Key(accountId, symbol);
    armed.compute(key, (k, previous) -> {
      if (previous != null) {
        previous.cancel(false);
      }
      if (countdown.isZero()) {
        return null;
      }
      return scheduler.schedule(() -> fire(k), countdown.toMillis(), TimeUnit.MILLISECONDS);
    });
  }

  private void fire(Key key) {
    armed.remove(key);
    cancelAll.accept(key.accountId(), key.symbol());
  }
}
