package io.oes.core.validation;

import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Binance's grid rule for prices and quantities: {@code min <= v <= max} and {@code (v - min)}
 * a whole multiple of the step. A zero (or absent) bound or step is not checked.
 */
final class Steps {
  private Steps() {}

  static Optional<Refusal> checkGrid(String field, BigDecimal value, BigDecimal min,
      BigDecimal max, BigDecimal step, String stepName, String symbol) {
    if (isSet(min) && value.compareTo(min) < 0) {
      return refuse(field, value, "below minimum " + plain(min), symbol);
    }
    if (isSet(max) && value.compareTo(max) > 0) {
      return refuse(field, value, "above maximum " + plain(max), symbol);
    }
    BigDecimal base = isSet(min) ? min : BigDecimal.ZERO;
    if (isSet(step) && value.subtract(base).remainder(step).signum() != 0) {
      return refuse(field, value, "is not a multiple of " + stepName + " " + plain(step), symbol);
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String field, BigDecimal value, String rule,
      String symbol) {
    return Optional.of(Refusal.invalid(field + " " + plain(value) + " " + rule + " for " + symbol));
  }

  private static boolean isSet(BigDecimal value) {
    return value != null && value.signum() != 0;
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
