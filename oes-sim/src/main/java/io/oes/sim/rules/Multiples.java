package io.oes.sim.rules;

import java.math.BigDecimal;

/** Whether a value lies on the grid that starts at a minimum and advances by an increment. */
final class Multiples {
  private Multiples() {}

  /** True when {@code value − minimum} is a whole multiple of {@code increment} (0 = no grid). */
  static boolean onGrid(BigDecimal value, BigDecimal minimum, BigDecimal increment) {
    if (increment.signum() == 0) {
      return true;
    }
    return value.subtract(minimum).remainder(increment).signum() == 0;
  }
}
