package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/** The one wording of risk refusals: {@code risk limit <name>: <value vs threshold> for user <u>}. */
final class RiskRefusals {
  private RiskRefusals() {}

  static Optional<Refusal> refuse(String limit, String detail, String userId) {
    return Optional.of(Refusal.precondition(
        "risk limit " + limit + ": " + detail + " for user " + userId));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Whether {@code value} is a usable (positive) price. */
  static boolean isPrice(BigDecimal value) {
    return value != null && value.signum() > 0;
  }
}
