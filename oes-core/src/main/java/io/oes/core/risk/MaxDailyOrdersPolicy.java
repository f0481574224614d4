package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@code max_daily_orders}: orders a user may place per UTC day, this one included. */
final class MaxDailyOrdersPolicy implements RiskPolicy {

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    Integer max = check.limits().maxDailyOrders();
    int withThis = check.positions().dailyOrders(check.userId(), check.now()) + 1;
    if (max == null || withThis <= max) {
      return Optional.empty();
    }
    return RiskRefusals.refuse("max_daily_orders", "orders " + withThis + " on UTC day "
        + LocalDate.ofInstant(check.now(), ZoneOffset.UTC) + " exceed " + max, check.userId());
  }
}
