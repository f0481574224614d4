package io.oes.server.admin;

import io.oes.core.risk.KillSwitch;
import io.oes.server.health.CheckResult;
import io.oes.server.health.HealthCheck;

/**
 * The kill switch's mode in {@code /health} ({@code checks.trading.message}: ACTIVE, REDUCING or
 * HALTED), for dashboards and probes that hold no admin key. Always healthy: the mode is an
 * operator's choice, not a fault. The reason stays behind the admin scope ({@code GET
 * /admin/trading}).
 */
public final class TradingHealthCheck implements HealthCheck {

  private final KillSwitch killSwitch;

  public TradingHealthCheck(KillSwitch killSwitch) {
    this.killSwitch = killSwitch;
  }

  @Override
  public String name() {
    return "trading";
  }

  @Override
  public CheckResult check() {
    return CheckResult.healthy(killSwitch.state().mode().name());
  }
}
