package io.oes.server.cluster;

import io.oes.server.health.CheckResult;
import io.oes.server.health.HealthCheck;
import io.oes.store.lease.LeaseHolder;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code checks.leases} in {@code /health}: the accounts this instance owns (with their
 * fences), who owns the others, and unhealthy once one was lost — the instance then no longer
 * trades it, and should be restarted to stand by.
 */
public final class LeaseHealthCheck implements HealthCheck {
  private final AccountOwnership ownership;

  public LeaseHealthCheck(AccountOwnership ownership) {
    this.ownership = ownership;
  }

  @Override
  public String name() {
    return "leases";
  }

  @Override
  public CheckResult check() {
    String owns = new TreeMap<>(ownership.owned()).entrySet().stream()
        .map(e -> e.getKey() + " (fence " + e.getValue() + ")")
        .collect(Collectors.joining(", "));
    String others = new TreeMap<>(ownership.holders()).values().stream()
        .filter(holder -> holder.held() && !ownership.owned().containsKey(holder.accountId()))
        .map(LeaseHealthCheck::describe)
        .collect(Collectors.joining(", "));
    String message = "owns " + (owns.isEmpty() ? "no account" : owns)
        + (others.isEmpty() ? "" : "; elsewhere: " + others);
    Map<String, String> lost = ownership.lost();
    if (!lost.isEmpty()) {
      return CheckResult.unhealthy(message + "; lost " + new TreeMap<>(lost).entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
    }
    return CheckResult.healthy(message);
  }

  private static String describe(LeaseHolder holder) {
    return holder.accountId() + " by " + holder.owner() + " at " + holder.address();
  }
}
