package io.oes.store.lease;

/**
 * Two instances are configured with different API keys for one account id: a configuration
 * error, not a race, so it is never retried away. Only reported while the other instance holds
 * the lease; once it is gone, a new key is taken as a rotation.
 */
public final class LeaseConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String accountId;
  private final String holder;

  LeaseConflictException(String accountId, LeaseHolder holder, String requester) {
    super("account " + accountId + " is leased by instance " + holder.owner() + " at "
        + holder.address() + ", and instances " + holder.owner() + " and " + requester
        + " are configured with different API keys for this one account id;"
        + " give the account id one key on every instance");
    this.accountId = accountId;
    this.holder = holder.owner();
  }

  public String accountId() {
    return accountId;
  }

  /** The instance that holds the lease. */
  public String holder() {
    return holder;
  }
}
