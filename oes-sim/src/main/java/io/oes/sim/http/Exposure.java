package io.oes.sim.http;

import io.oes.sim.account.Account;
import io.oes.sim.account.PositionSnapshot;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.order.Side;
import io.oes.sim.rules.LeverageBrackets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An account's exposure on one symbol, valued at the mark price: the figures account and
 * positionRisk report. Cross margin: initial margin is notional over leverage.
 *
 * @param position the position, a flat one when the account never traded the symbol
 * @param bidNotional open buy orders' remaining notional at their limit prices
 * @param askNotional open sell orders' remaining notional at their limit prices
 */
record Exposure(String symbol, String marginAsset, PositionSnapshot position,
    BigDecimal markPrice, int leverage, String marginType, BigDecimal bidNotional,
    BigDecimal askNotional, boolean hasOpenOrders) {
  private static final int MARGIN_SCALE = 8;

  static Exposure of(Account account, SymbolEngine engine) {
    String symbol = engine.rules().symbol();
    PositionSnapshot position = account.position(symbol).orElse(
        new PositionSnapshot(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
    List<OrderSnapshot> open = engine.openOrders(account.id());
    return new Exposure(symbol, engine.rules().quoteAsset(), position, engine.markPrice(),
        account.settings().leverage(symbol),
        account.settings().marginType(symbol).reportName(), notional(open, Side.BUY),
        notional(open, Side.SELL), !open.isEmpty());
  }

  BigDecimal notional() {
    return position.positionAmt().multiply(markPrice);
  }

  BigDecimal unrealizedProfit() {
    return position.unrealizedProfit(markPrice);
  }

  BigDecimal positionInitialMargin() {
    return overLeverage(notional().abs());
  }

  BigDecimal openOrderInitialMargin() {
    return overLeverage(bidNotional.max(askNotional));
  }

  BigDecimal initialMargin() {
    return positionInitialMargin().add(openOrderInitialMargin());
  }

  BigDecimal maintMargin() {
    return LeverageBrackets.maintenanceMargin(notional().abs()).max(BigDecimal.ZERO)
        .setScale(MARGIN_SCALE, RoundingMode.HALF_UP);
  }

  boolean isOpen() {
    return position.positionAmt().signum() != 0 || hasOpenOrders;
  }

  private BigDecimal overLeverage(BigDecimal notional) {
    return notional.divide(BigDecimal.valueOf(leverage), MARGIN_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal notional(List<OrderSnapshot> orders, Side side) {
    return orders.stream().filter(order -> order.side() == side)
        .map(order -> order.price().multiply(order.remainingQty()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
