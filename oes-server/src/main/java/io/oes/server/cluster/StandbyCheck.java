package io.oes.server.cluster;

import io.oes.server.health.CheckResult;
import io.oes.server.health.HealthCheck;
import io.oes.store.lease.AccountLeases;
import io.oes.store.lease.LeaseHolder;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code checks.leases} of an instance standing by: which of its accounts it waits for, and
 * who holds each. Degraded: it is well, and serves nothing yet.
 */
final class StandbyCheck implements HealthCheck {
  private final AccountLeases leases;
  private final Set<String> wanted;

  StandbyCheck(AccountLeases leases, Set<String> wanted) {
    this.leases = leases;
    this.wanted = new TreeSet<>(wanted);
  }

  @Override
  public String name() {
    return "leases";
  }

  @Override
  public CheckResult check() {
    Map<String, LeaseHolder> holders = leases.holders();
    String waiting = wanted.stream()
        .filter(account -> !leases.holds(account))
        .map(account -> {
          LeaseHolder holder = holders.get(account);
          return holder != null && holder.held()
              ? account + " (held by " + holder.owner() + " at " + holder.address() + ")"
              : account + " (free)";
        })
        .collect(Collectors.joining(", "));
    return CheckResult.degraded("standing by for " + waiting);
  }
}
