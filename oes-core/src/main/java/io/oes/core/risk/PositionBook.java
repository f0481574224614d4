package io.oes.core.risk;

import io.oes.core.order.Order;
import io.oes.core.order.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * What the risk limits measure, kept from the engine's events: net position per (user, symbol)
 * from fills (BUY adds, SELL subtracts), the open quantity per (user, symbol, side), open orders
 * per user and orders per user per UTC day.
 *
 * <p>Open quantity is counted in the position limit as if it had filled: otherwise many resting
 * orders, each within the limit, could together breach it. An order adds its quantity when
 * accepted; each fill moves that quantity from "open" to "position"; when the order ends its
 * unfilled rest is released. Fills and the end may arrive in either order: the sums agree once
 * both have arrived and never dip below zero in between. A fill of an order the book never saw
 * accepted (one placed before a restart) cannot drive the open quantity below zero either: on
 * recovery, a {@link RiskSeed} writes back the positions and daily counts of the finished
 * orders, and {@link #onAccepted} (with the fills so far) is called for every order still open.
 *
 * <p>Not thread-safe, by design: owned by the account's writer thread, which alone calls every
 * method. Acceptance and end are idempotent per order id.
 */
public final class PositionBook {
  private final Map<UserSymbol, BigDecimal> positions = new HashMap<>();
  private final Map<UserSymbol, BigDecimal> openBuys = new HashMap<>();
  private final Map<UserSymbol, BigDecimal> openSells = new HashMap<>();
  private final Map<String, String> openOrderUsers = new HashMap<>();
  private final Map<String, Integer> openOrdersByUser = new HashMap<>();
  private final Map<String, Integer> openOrdersBySymbol = new HashMap<>();
  private final Map<String, DailyCount> dailyOrdersByUser = new HashMap<>();

  /** Net position in base quantity: positive long, negative short, zero flat. */
  public BigDecimal position(String userId, String symbol) {
    return positions.getOrDefault(new UserSymbol(userId, symbol), BigDecimal.ZERO);
  }

  /** Quantity of open orders on {@code side} not filled yet; never negative. */
  public BigDecimal openQuantity(String userId, String symbol, Side side) {
    return (side == Side.BUY ? openBuys : openSells)
        .getOrDefault(new UserSymbol(userId, symbol), BigDecimal.ZERO);
  }

  /** Orders of {@code userId} accepted and not finished. */
  public int openOrders(String userId) {
    return openOrdersByUser.getOrDefault(userId, 0);
  }

  /** Orders of any user on {@code symbol} accepted and not finished: the exchange's count. */
  public int openOrdersOn(String symbol) {
    return openOrdersBySymbol.getOrDefault(symbol, 0);
  }

  /** Orders {@code userId} placed on the UTC day of {@code now}. */
  public int dailyOrders(String userId, Instant now) {
    DailyCount count = dailyOrdersByUser.get(userId);
    return count == null ? 0 : count.on(utcDay(now));
  }

  /** An order was accepted: it is open, counts for its UTC day and its quantity is exposure. */
  public void onAccepted(Order order) {
    if (openOrderUsers.putIfAbsent(order.orderId(), order.userId()) != null) {
      return;
    }
    openOrdersByUser.merge(order.userId(), 1, Integer::sum);
    openOrdersBySymbol.merge(order.symbol(), 1, Integer::sum);
    dailyOrdersByUser.merge(order.userId(), DailyCount.one(utcDay(order.createdAt())),
        DailyCount::plus);
    addOpen(order, order.request().quantity());
  }

  /** An order reached a final state: it is no longer open and its unfilled rest is released. */
  public void onFinished(Order order) {
    if (openOrderUsers.remove(order.orderId()) == null) {
      return;
    }
    openOrdersByUser.computeIfPresent(order.userId(), (user, n) -> n > 1 ? n - 1 : null);
    openOrdersBySymbol.computeIfPresent(order.symbol(), (symbol, n) -> n > 1 ? n - 1 : null);
    addOpen(order, order.remainingQuantity().max(BigDecimal.ZERO).negate());
  }

  /** An open order's quantity was amended: its open quantity grows or shrinks by the change. */
  public void onAmended(Order before, Order after) {
    if (!openOrderUsers.containsKey(after.orderId())) {
      return;
    }
    addOpen(after, after.request().quantity().subtract(before.request().quantity()));
  }

  /** A fill of one of the user's orders: the position moves, the open quantity shrinks. */
  public void onFill(String userId, String symbol, Side side, BigDecimal quantity) {
    UserSymbol key = new UserSymbol(userId, symbol);
    positions.merge(key, side == Side.BUY ? quantity : quantity.negate(), BigDecimal::add);
    changeOpen(side, key, quantity.negate());
  }

  /** Sets a position as the exchange reports it, e.g. when recovering after a restart. */
  public void setPosition(String userId, String symbol, BigDecimal quantity) {
    positions.put(new UserSymbol(userId, symbol), quantity);
  }

  /**
   * Adds {@code orders} orders {@code userId} placed on {@code day} before a restart to the
   * day's count, as if each had been accepted.
   */
  public void restoreDailyOrders(String userId, LocalDate day, int orders) {
    dailyOrdersByUser.merge(userId, new DailyCount(day, orders), DailyCount::plus);
  }

  private void addOpen(Order order, BigDecimal quantity) {
    changeOpen(order.request().side(), new UserSymbol(order.userId(), order.symbol()), quantity);
  }

  private void changeOpen(Side side, UserSymbol key, BigDecimal change) {
    Map<UserSymbol, BigDecimal> open = side == Side.BUY ? openBuys : openSells;
    open.put(key, open.getOrDefault(key, BigDecimal.ZERO).add(change).max(BigDecimal.ZERO));
  }

  private static LocalDate utcDay(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private record UserSymbol(String userId, String symbol) {}

  /** Orders counted on one UTC day; a count of another day reads as zero. */
  private record DailyCount(LocalDate day, int orders) {
    static DailyCount one(LocalDate day) {
      return new DailyCount(day, 1);
    }

    int on(LocalDate today) {
      return day.equals(today) ? orders : 0;
    }

    /** Adds one order; a later day starts over, an earlier day changes nothing of today. */
    DailyCount plus(DailyCount next) {
      int order = next.day.compareTo(day);
      if (order == 0) {
        return new DailyCount(day, orders + next.orders);
      }
      return order > 0 ? next : this;
    }
  }
}
