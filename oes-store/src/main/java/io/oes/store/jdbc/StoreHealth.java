package io.oes.store.jdbc;

/**
 * What a {@link JdbcOrderStore} reports about itself: whether the database answers, how fast,
 * and whether writes are getting through. A store that answers but cannot persist is not
 * healthy: the gateway must refuse new orders until it can.
 *
 * @param reachable whether {@code SELECT 1} succeeded
 * @param durationMillis how long the probe took
 * @param writesFailing whether the last batch failed (it is kept and retried)
 * @param backlog events appended but not yet committed
 * @param message what went wrong, or a short summary when all is well; never a password
 */
public record StoreHealth(
    boolean reachable, long durationMillis, boolean writesFailing, long backlog, String message) {

  /** Reachable and persisting. */
  public boolean healthy() {
    return reachable && !writesFailing;
  }
}
