/**
 * Which gateway instance owns each exchange account when several share one PostgreSQL: an
 * instance trades an account only while it holds the account's lease, and every journal commit
 * carries the lease's fence so that a former owner can no longer write. Entry point: {@link
 * io.oes.store.lease.AccountLeases}.
 */
package io.oes.store.lease;
