package io.oes.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Several instances on one PostgreSQL: each account is traded by the one instance holding its
 * lease. Off by default (one instance owns every account it is configured with).
 *
 * @param enabled whether this instance takes leases before it trades
 * @param instanceId how this instance is named to the others (in {@code account_leases})
 * @param address where the others reach this instance's gRPC port (calls are forwarded there);
 *     empty: the server's host (this machine's name when it binds every address) and gRPC port
 * @param leaseTtl how long a lease outlives its holder's last renew: the longest a frozen or cut
 *     off owner keeps an account from the others
 * @param accounts the ids of the accounts this instance trades (it waits for their leases);
 *     empty: every configured account. The others are traded by other instances, and known
 *     here only to route their users' requests
 */
public record ClusterConfig(boolean enabled, String instanceId, Optional<String> address,
    Duration leaseTtl, List<String> accounts) {

  public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(3);

  public ClusterConfig {
    accounts = List.copyOf(accounts);
  }

  /** Whether this instance trades {@code accountId} (every account, unless narrowed). */
  public boolean trades(String accountId) {
    return !enabled || accounts.isEmpty() || accounts.contains(accountId);
  }
}
