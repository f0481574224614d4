package io.oes.core.risk;

import io.oes.core.order.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What one account's {@link PositionBook} held before a restart, rebuilt from the store:
 * positions and today's order counts of the orders that are finished. Orders still open are
 * left out on purpose: the start-up reconciliation restores each of them into the book, which
 * counts it for its day and adds its filled quantity to the position, so counting them here
 * too would count them twice.
 *
 * <p>Not thread-safe: build it, then {@link #applyTo} once before the account's engine starts.
 */
public final class RiskSeed {
  private final LocalDate day;
  private final Map<UserSymbol, BigDecimal> positions = new HashMap<>();
  private final Map<String, Integer> ordersToday = new HashMap<>();

  /** @param day the UTC day whose orders count against the daily limit */
  public RiskSeed(LocalDate day) {
    this.day = day;
  }

  /** A fill of a finished order of {@code userId}. */
  public void onFinishedFill(String userId, String symbol, Side side, BigDecimal quantity) {
    positions.merge(new UserSymbol(userId, symbol),
        side == Side.BUY ? quantity : quantity.negate(), BigDecimal::add);
  }

  /** {@code orders} finished orders {@code userId} placed on the seed's day. */
  public void onFinishedOrdersToday(String userId, int orders) {
    ordersToday.merge(userId, orders, Integer::sum);
  }

  /** Writes the positions and counts into {@code risk}'s book, replacing what it held. */
  public void applyTo(RiskEngine risk) {
    PositionBook book = risk.positions();
    positions.forEach((key, size) -> book.setPosition(key.userId(), key.symbol(), size));
    ordersToday.forEach((user, orders) -> book.restoreDailyOrders(user, day, orders));
  }

  public LocalDate day() {
    return day;
  }

  private record UserSymbol(String userId, String symbol) {}
}
