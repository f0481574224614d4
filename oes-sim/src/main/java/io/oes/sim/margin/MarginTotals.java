package io.oes.sim.margin;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * An account's margin summed over its exposures: what account, balance and the margin check
 * read.
 *
 * @param wallet the wallet balance
 * @param unrealized the unrealised PnL of every position at its mark price
 * @param positionInitial the initial margin of the positions
 * @param openOrderInitial the initial margin of the open orders
 * @param maint the maintenance margin of the positions
 */
public record MarginTotals(BigDecimal wallet, BigDecimal unrealized, BigDecimal positionInitial,
    BigDecimal openOrderInitial, BigDecimal maint) {

  public static MarginTotals of(BigDecimal wallet, List<Exposure> exposures) {
    return new MarginTotals(wallet, sum(exposures, Exposure::unrealizedProfit),
        sum(exposures, Exposure::positionInitialMargin),
        sum(exposures, Exposure::openOrderInitialMargin), sum(exposures, Exposure::maintMargin));
  }

  public BigDecimal initial() {
    return positionInitial.add(openOrderInitial);
  }

  public BigDecimal marginBalance() {
    return wallet.add(unrealized);
  }

  /** What new orders may still use: the margin balance less all initial margin, never below 0. */
  public BigDecimal available() {
    return marginBalance().subtract(initial()).max(BigDecimal.ZERO);
  }

  public BigDecimal maxWithdraw() {
    return available().min(wallet);
  }

  private static BigDecimal sum(List<Exposure> exposures, Function<Exposure, BigDecimal> of) {
    return exposures.stream().map(of).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
