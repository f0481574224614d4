package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.util.Optional;

/** {@code max_open_orders}: orders a user may have open at once, this one included. */
final class MaxOpenOrdersPolicy implements RiskPolicy {

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    Integer max = check.limits().maxOpenOrders();
    int withThis = check.positions().openOrders(check.userId()) + 1;
    if (max == null || withThis <= max) {
      return Optional.empty();
    }
    return RiskRefusals.refuse("max_open_orders", "open orders " + withThis + " exceed " + max,
        check.userId());
  }
}
