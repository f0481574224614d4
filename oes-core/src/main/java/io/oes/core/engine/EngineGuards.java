package io.oes.core.engine;

import io.oes.core.order.OrderRequest;
import io.oes.core.ratelimit.Permit;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.ratelimit.RequestCost;
import io.oes.core.refusal.Refusal;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.RiskEngine;
import io.oes.core.risk.RiskLimitsBook;
import io.oes.core.symbol.MarkPrices;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an order must pass before oes sends it, besides the exchange's own rules: the
 * gateway's ability to record it, the account's risk limits (against the mark price) and its
 * share of the exchange's rate limits.
 *
 * @param limiter the account's rate limiter, shared with the exchange adapter that spends it;
 *     null when rate limiting is off
 * @param exchangeClock the exchange's clock, on which the limiter's windows are aligned
 * @param availability why new orders cannot be taken now (e.g. the store cannot persist), if
 *     so; must answer at once
 */
public record EngineGuards(
    RiskEngine risk, MarkPrices marks, RateLimiter limiter, InstantSource exchangeClock,
    Supplier<Optional<Refusal>> availability) {

  /** No risk limits, no rate limits: for tests and tools. */
  public static EngineGuards none(InstantSource clock) {
    return new EngineGuards(new RiskEngine(RiskLimitsBook.unlimited(), new KillSwitch(clock)),
        new MarkPrices(), null, clock, Optional::empty);
  }

  /**
   * Writer only: the first refusal of risk or rate limit for {@code request}, if any. {@code
   * awaitingSend} orders were admitted but have not spent their rate budget yet (they wait for
   * their intent to be committed): the budget must hold them and this one.
   */
  Optional<Refusal> check(OrderRequest request, int awaitingSend) {
    Optional<Refusal> unavailable = availability.get();
    if (unavailable.isPresent()) {
      return unavailable;
    }
    Optional<Refusal> risky = risk.check(request, marks.of(request.symbol()).orElse(null),
        exchangeClock.instant());
    if (risky.isPresent() || limiter == null) {
      return risky;
    }
    Permit permit = limiter.preview(RequestCost.newOrders(1 + awaitingSend),
        exchangeClock.instant());
    return permit instanceof Permit.Refused refused ? Optional.of(refused.toRefusal())
        : Optional.empty();
  }
}
