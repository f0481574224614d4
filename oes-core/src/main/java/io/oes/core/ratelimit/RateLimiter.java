package io.oes.core.ratelimit;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The client-side mirror of one exchange account's rate limits: request weight per minute,
 * orders per 10 seconds and per minute, each a fixed window aligned to the epoch (whole minutes,
 * 10-second boundaries) as Binance aligns them. Pass instants on the exchange's clock (local
 * time plus the measured server-time offset) so the windows roll over when the exchange's do.
 *
 * <p>A request is granted only when it fits every window it costs something on; granting
 * counts it at once, before it is sent, so concurrent callers cannot overdraw a window. A
 * refused request is not counted and learns the earliest instant it would fit. While a 429
 * back-off or a 418 ban is in force every request, cancels included, is refused until it ends.
 * The last {@link RateLimits#cancelReservePercent()} of the weight budget is kept for
 * {@link Priority#CANCEL}.
 *
 * <p>Thread-safe and lock-free: the whole state is one immutable value swapped by
 * compare-and-set, so the engine's writer, the adapter's completion threads (syncing usage
 * headers) and health/metrics readers may all call it.
 */
public final class RateLimiter {
  private final RateLimits limits;
  private final AtomicReference<LimiterState> state = new AtomicReference<>(LimiterState.EMPTY);
  private final LongAdder refusals = new LongAdder();

  public RateLimiter(RateLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public RateLimits limits() {
    return limits;
  }

  /**
   * Grants and counts {@code cost} at {@code now}, or refuses it with the instant it would fit.
   *
   * @throws IllegalArgumentException when the cost exceeds a whole budget and could never fit
   */
  public Permit tryAcquire(RequestCost cost, Instant now) {
    requireGrantable(cost);
    while (true) {
      LimiterState current = state.get();
      Permit.Refused refusal = current.refusal(limits, cost, now);
      if (refusal != null) {
        refusals.increment();
        return refusal;
      }
      if (state.compareAndSet(current, current.charged(cost, now))) {
        return Permit.GRANTED;
      }
    }
  }

  /**
   * What {@link #tryAcquire} would answer at {@code now}, counting nothing. On one writer thread
   * that alone spends a counter (new orders are the only users of the order counters) the answer
   * holds until that thread acquires.
   */
  public Permit preview(RequestCost cost, Instant now) {
    requireGrantable(cost);
    Permit.Refused refusal = state.get().refusal(limits, cost, now);
    return refusal != null ? refusal : Permit.GRANTED;
  }

  /**
   * The earliest instant, not before {@code now}, at which {@code cost} would be granted if
   * nothing else were granted first; counts nothing. For callers that queue within a wait.
   */
  public Instant whenAvailable(RequestCost cost, Instant now) {
    requireGrantable(cost);
    LimiterState current = state.get();
    Instant at = now;
    // A back-off may end inside a full window: look again at each candidate instant.
    for (Permit.Refused refusal = current.refusal(limits, cost, at); refusal != null;
        refusal = current.refusal(limits, cost, at)) {
      at = refusal.retryAt();
    }
    return at;
  }

  /**
   * Adopts the exchange's counts where they are higher than the local ones, in the windows that
   * contain {@code observedAt} ({@code X-MBX-USED-WEIGHT-1M}, {@code X-MBX-ORDER-COUNT-10S},
   * {@code X-MBX-ORDER-COUNT-1M}). Counts of a window that has already rolled over are ignored.
   * Pass only counts that came with the answer observed at {@code observedAt}.
   */
  public void syncWithExchange(
      long usedWeight1m, long orderCount10s, long orderCount1m, Instant observedAt) {
    state.updateAndGet(s -> s.synced(usedWeight1m, orderCount10s, orderCount1m, observedAt));
  }

  /** After a 429: refuse everything until {@code until} (Retry-After); a later time wins. */
  public void backOffUntil(Instant until) {
    Objects.requireNonNull(until, "until");
    state.updateAndGet(s -> s.withBackOffUntil(until));
  }

  /** After a 418: the exchange banned this client; refuse everything until {@code until}. */
  public void bannedUntil(Instant until) {
    Objects.requireNonNull(until, "until");
    state.updateAndGet(s -> s.withBannedUntil(until));
  }

  /** Usage in the windows containing {@code now}, for metrics and health. */
  public RateLimitSnapshot snapshot(Instant now) {
    LimiterState current = state.get();
    long nowMillis = now.toEpochMilli();
    return new RateLimitSnapshot(
        LimiterState.usedNow(current.weight(), LimiterState.MINUTE_MILLIS, nowMillis),
        LimiterState.usedNow(current.orders10s(), LimiterState.TEN_SECONDS_MILLIS, nowMillis),
        LimiterState.usedNow(current.orders1m(), LimiterState.MINUTE_MILLIS, nowMillis),
        LimiterState.isAfter(current.backOffUntil(), now) ? current.backOffUntil() : null,
        LimiterState.isAfter(current.bannedUntil(), now) ? current.bannedUntil() : null,
        refusals.sum());
  }

  private void requireGrantable(RequestCost cost) {
    if (!limits.canEverGrant(cost)) {
      throw new IllegalArgumentException("request cost " + cost + " can never fit " + limits);
    }
  }
}
