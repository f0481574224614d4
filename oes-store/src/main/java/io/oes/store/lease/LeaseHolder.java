package io.oes.store.lease;

import java.time.Instant;

/**
 * One row of {@code account_leases}: who took the account last, and whether anyone holds it now.
 *
 * @param owner the instance that took the lease last
 * @param address where that instance takes gRPC calls
 * @param fence the fencing token its journal commits carry
 * @param apiKeySha256 SHA-256 of the API key that instance trades the account with
 * @param acquiredAt when it took the lease, by the database's clock
 * @param held whether some session holds the account's advisory lock now; false: the account is
 *     free, whatever the row says
 */
public record LeaseHolder(String accountId, String owner, String address, long fence,
    String apiKeySha256, Instant acquiredAt, boolean held) {}
