package io.oes.sim.margin;

import io.oes.sim.account.Account;
import io.oes.sim.account.Leg;
import io.oes.sim.account.PositionSnapshot;
import io.oes.sim.order.PositionSide;
import io.oes.sim.rules.LeverageBrackets;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An account's exposure on one position, valued at the mark price: the figures account and
 * positionRisk report and the margin check uses. Cross margin: the position's initial margin is
 * its notional over the leverage; its open orders need the margin of what they could add to it,
 * in the worse of the two directions (all buys filled, or all sells), so orders that only reduce
 * the position need none.
 *
 * @param leg the position and its open orders' remaining notional at their limit prices
 * @param marginAsset the asset margin is held in (USDT)
 * @param markPrice the symbol's mark price
 * @param leverage the account's leverage on the symbol
 * @param marginType "cross" or "isolated", as positions report it
 */
public record Exposure(Leg leg, String marginAsset, BigDecimal markPrice, int leverage,
    String marginType) {
  private static final int MARGIN_SCALE = 8;

  /** The exposure of {@code leg} with the account's settings for its symbol. */
  public static Exposure of(Account account, Leg leg, String marginAsset, BigDecimal markPrice) {
    String symbol = leg.symbol();
    return new Exposure(leg, marginAsset, markPrice, account.settings().leverage(symbol),
        account.settings().marginType(symbol).reportName());
  }

  public String symbol() {
    return leg.symbol();
  }

  public PositionSide positionSide() {
    return leg.position().positionSide();
  }

  public PositionSnapshot position() {
    return leg.position();
  }

  public BigDecimal bidNotional() {
    return leg.openOrders().bids();
  }

  public BigDecimal askNotional() {
    return leg.openOrders().asks();
  }

  /** Signed: positive long, negative short. */
  public BigDecimal notional() {
    return position().positionAmt().multiply(markPrice);
  }

  public BigDecimal unrealizedProfit() {
    return position().unrealizedProfit(markPrice);
  }

  /**
   * The largest position notional the open orders could leave: the position with every buy
   * filled, or with every sell filled, whichever is larger in size.
   */
  public BigDecimal worstNotional() {
    BigDecimal allBuys = notional().add(bidNotional()).abs();
    BigDecimal allSells = notional().subtract(askNotional()).abs();
    return allBuys.max(allSells);
  }

  public BigDecimal positionInitialMargin() {
    return overLeverage(notional().abs());
  }

  public BigDecimal openOrderInitialMargin() {
    return overLeverage(worstNotional().subtract(notional().abs()).max(BigDecimal.ZERO));
  }

  public BigDecimal initialMargin() {
    return positionInitialMargin().add(openOrderInitialMargin());
  }

  public BigDecimal maintMargin() {
    return LeverageBrackets.maintenanceMargin(notional().abs()).max(BigDecimal.ZERO)
        .setScale(MARGIN_SCALE, RoundingMode.HALF_UP);
  }

  public boolean isOpen() {
    return leg.isOpen();
  }

  private BigDecimal overLeverage(BigDecimal notional) {
    return notional.divide(BigDecimal.valueOf(leverage), MARGIN_SCALE, RoundingMode.HALF_UP);
  }
}
