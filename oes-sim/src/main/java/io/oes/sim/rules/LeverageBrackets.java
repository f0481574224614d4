package io.oes.sim.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The notional brackets of a symbol: the highest leverage allowed and the maintenance margin
 * ratio in each band of position notional. The simulator lists one table, Binance's tiers of a
 * major perpetual, for every symbol.
 */
public final class LeverageBrackets {
  /** The highest leverage any bracket allows. */
  public static final int MAX_LEVERAGE = 125;

  private static final List<Bracket> TABLE = List.of(
      bracket(1, 125, "50000", "0", "0.004", "0"),
      bracket(2, 100, "600000", "50000", "0.005", "50"),
      bracket(3, 75, "3000000", "600000", "0.0065", "950"),
      bracket(4, 50, "12000000", "3000000", "0.01", "11450"),
      bracket(5, 25, "70000000", "12000000", "0.02", "131450"),
      bracket(6, 20, "100000000", "70000000", "0.025", "481450"),
      bracket(7, 10, "230000000", "100000000", "0.05", "2981450"),
      bracket(8, 5, "480000000", "230000000", "0.1", "14481450"),
      bracket(9, 1, "800000000", "480000000", "0.25", "86481450"));

  private LeverageBrackets() {}

  /**
   * One band of notional.
   *
   * @param cum the maintenance amount that makes the margin continuous across bands
   */
  public record Bracket(int bracket, int initialLeverage, BigDecimal notionalCap,
      BigDecimal notionalFloor, BigDecimal maintMarginRatio, BigDecimal cum) {}

  public static List<Bracket> table() {
    return TABLE;
  }

  /** The largest position notional a leverage allows: the cap of the last band allowing it. */
  public static BigDecimal maxNotional(int leverage) {
    BigDecimal cap = BigDecimal.ZERO;
    for (Bracket bracket : TABLE) {
      if (bracket.initialLeverage() >= leverage) {
        cap = bracket.notionalCap();
      }
    }
    return cap;
  }

  /** The maintenance margin of a position of {@code notional} (absolute) quote asset. */
  public static BigDecimal maintenanceMargin(BigDecimal notional) {
    for (Bracket bracket : TABLE) {
      if (notional.compareTo(bracket.notionalCap()) <= 0) {
        return notional.multiply(bracket.maintMarginRatio()).subtract(bracket.cum());
      }
    }
    Bracket last = TABLE.getLast();
    return notional.multiply(last.maintMarginRatio()).subtract(last.cum());
  }

  private static Bracket bracket(int number, int leverage, String cap, String floor,
      String ratio, String cum) {
    return new Bracket(number, leverage, new BigDecimal(cap), new BigDecimal(floor),
        new BigDecimal(ratio), new BigDecimal(cum));
  }
}
