package io.oes.server.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Several instances on one PostgreSQL: each account is traded by the one instance holding its
 * lease. Off by default (one instance owns every account it is configured with).
 *
 * @param enabled whether this instance takes leases before it trades
 * @param instanceId how this instance is named to the others (in {@code account_leases})
 * @param address where the others (and clients) reach this instance's gRPC port; empty:
 *     {@code instanceId}'s host and the gRPC port
 * @param leaseTtl how long a lease outlives its holder's last renew: the longest a frozen or cut
 *     off owner keeps an account from the others
 */
public record ClusterConfig(boolean enabled, String instanceId, Optional<String> address,
    Duration leaseTtl) {

  public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(3);
}
