package io.oes.core.risk;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.Side;
import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pre-trade risk of one exchange account: the kill switch first (HALTED refuses every order,
 * REDUCING every order that is not reduce-only), then one policy per limit in
 * a fixed order (allowed symbols, order value, price band, position, open orders, daily
 * orders); the first refusal wins. Every refusal is FAILED_PRECONDITION and names the limit, the
 * value and the threshold.
 *
 * <p>Owned by the account's writer thread: {@link #check}, the {@code on...} events and {@link
 * #replaceLimits} must all run there, with no locks. {@link #halt}, {@link #resume} and {@link
 * #state} act on the shared {@link KillSwitch} and are safe from any thread.
 */
public final class RiskEngine {
  private final List<RiskPolicy> policies = List.of(new AllowedSymbolsPolicy(),
      new MaxOrderValuePolicy(), new PriceBandPolicy(), new MaxPositionPolicy(),
      new MaxOpenOrdersPolicy(), new MaxDailyOrdersPolicy());
  private final KillSwitch killSwitch;
  private final PositionBook positions = new PositionBook();
  private RiskLimitsBook limits;

  public RiskEngine(RiskLimitsBook limits, KillSwitch killSwitch) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.killSwitch = Objects.requireNonNull(killSwitch, "killSwitch");
  }

  /**
   * Whether a new order may go out now. Call after validation, before the order is recorded.
   *
   * @param markPrice the symbol's current mark price, or null when unknown (a limit that needs
   *     it then refuses)
   * @param now the instant of the decision (its UTC day counts for the daily limit)
   */
  public Optional<Refusal> check(OrderRequest request, BigDecimal markPrice, Instant now) {
    TradingState trading = killSwitch.state();
    if (trading.isHalted()) {
      return Optional.of(Refusal.precondition("trading halted: " + trading.reason()));
    }
    if (trading.isReducing() && !request.reduceOnly()) {
      return Optional.of(Refusal.precondition("trading is reducing (" + trading.reason()
          + "): reduce_only false is refused; only reduce-only orders and cancels are accepted"));
    }
    RiskCheck check = new RiskCheck(request, limits.limitsFor(request.userId()), markPrice,
        positions, now);
    for (RiskPolicy policy : policies) {
      Optional<Refusal> verdict = policy.check(check);
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a cancel may go out: always, halted or not, because cancelling only ever reduces
   * risk. One call so the engine treats both paths alike.
   */
  public Optional<Refusal> checkCancel() {
    return Optional.empty();
  }

  /** The order passed {@link #check} and was recorded. */
  public void onAccepted(Order order) {
    positions.onAccepted(order);
  }

  /** The order reached a final state (filled, canceled, rejected, expired). */
  public void onFinished(Order order) {
    positions.onFinished(order);
  }

  /** {@code quantity} of the user's {@code side} order on {@code symbol} was newly filled. */
  public void onFill(String userId, String symbol, Side side, BigDecimal quantity) {
    positions.onFill(userId, symbol, side, quantity);
  }

  /** An open order's quantity was amended (Binance modify). */
  public void onAmended(Order before, Order after) {
    positions.onAmended(before, after);
  }

  /**
   * Every event from one change of an order, for an engine that sees the order before and
   * after: accepted when {@code before} is null, amended when the quantity changed, a fill of
   * the growth in filled quantity, finished when {@code after} is final. Use this or the single
   * events, never both.
   */
  public void onOrderChanged(Order before, Order after) {
    if (before == null) {
      onAccepted(after);
    } else if (before.request().quantity().compareTo(after.request().quantity()) != 0) {
      onAmended(before, after);
    }
    BigDecimal filledBefore = before == null ? BigDecimal.ZERO : before.filledQuantity();
    BigDecimal newlyFilled = after.filledQuantity().subtract(filledBefore);
    if (newlyFilled.signum() > 0) {
      onFill(after.userId(), after.symbol(), after.request().side(), newlyFilled);
    }
    if (after.state().isFinal()) {
      onFinished(after);
    }
  }

  /** Stops new orders on every account sharing the kill switch; cancels keep working. */
  public TradingState halt(String reason, String by) {
    return killSwitch.halt(reason, by);
  }

  /** Lets only reduce-only orders through on every account sharing the kill switch. */
  public TradingState reduce(String reason, String by) {
    return killSwitch.reduce(reason, by);
  }

  /** Lets new orders through again on every account sharing the kill switch. */
  public TradingState resume(String by) {
    return killSwitch.resume(by);
  }

  public TradingState state() {
    return killSwitch.state();
  }

  /** Positions and counters as the engine tracked them; read on the writer thread only. */
  public PositionBook positions() {
    return positions;
  }

  public RiskLimitsBook limits() {
    return limits;
  }

  /** New limits from a configuration reload; counters and positions carry over. */
  public void replaceLimits(RiskLimitsBook newLimits) {
    this.limits = Objects.requireNonNull(newLimits, "newLimits");
  }
}
