package io.oes.store.lease;

import io.oes.store.jdbc.PostgresUrl;
import io.oes.store.jdbc.StoreException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway instance's leases on exchange accounts, when several instances share one
 * PostgreSQL: each account is owned by one instance at a time.
 *
 * <p>The model: the lease of an account is a session advisory lock on a dedicated connection
 * (the key is described in {@link LeaseSession}). Its TTL is the session's {@code
 * idle_session_timeout}: an instance that stops talking (frozen, cut off, killed) loses its
 * session after {@code ttl}, and every lock with it, without anyone having to notice. Taking a
 * lease raises the account's {@code fence} in {@code account_leases}; that fence is the fencing
 * token every journal commit of the account carries and the journal checks, so a former owner
 * that wakes up after its lease moved on can no longer write.
 *
 * <p>The owner keeps its leases by calling {@link #renew} well within the TTL (every {@code
 * ttl/3}, say), and acts on an account only while {@link #holds} says so: that turns false
 * {@code ttl} after the last renew began, never later than PostgreSQL lets the lock go.
 *
 * <p>Thread-safe. One lock guards the connection; {@link #holds}, {@link #held} and {@link
 * #fence} take no lock and do no I/O.
 */
public final class AccountLeases implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AccountLeases.class);

  private final PostgresUrl url;
  private final String owner;
  private final String address;
  private final Duration ttl;
  private final long ttlNanos;
  // not synchronized: a virtual thread blocked on I/O inside it would pin its carrier (Java 21)
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Long> fences = new ConcurrentHashMap<>();
  /** When the last round trip that proved the session alive began, by System.nanoTime. */
  private volatile long confirmedNanos;
  private LeaseSession session;
  private boolean closed;

  private AccountLeases(PostgresUrl url, String owner, String address, Duration ttl) {
    this.url = url;
    this.owner = owner;
    this.address = address;
    this.ttl = ttl;
    this.ttlNanos = ttl.toNanos();
  }

  /**
   * Opens the dedicated connection (not from a pool) of instance {@code owner}, which takes
   * gRPC calls at {@code address}. {@code url} is a JDBC URL or a {@code postgres://} URL, as for
   * the order store. {@code ttl} is how long the leases outlive the last renew.
   *
   * @throws StoreException if PostgreSQL cannot be reached
   */
  public static AccountLeases open(String url, String user, String password, String owner,
      String address, Duration ttl) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(address, "address");
    if (ttl.toMillis() < 1) {
      throw new IllegalArgumentException("lease ttl must be at least 1 ms, got " + ttl);
    }
    AccountLeases leases =
        new AccountLeases(PostgresUrl.parse(url, user, password), owner, address, ttl);
    leases.lock.lock();
    try {
      leases.session();
    } catch (SQLException e) {
      throw leases.failure("open the lease session", e);
    } finally {
      leases.lock.unlock();
    }
    LOG.info("Account leases of {} open on {}, ttl {}", owner,
        PostgresUrl.redacted(leases.url.jdbcUrl()), ttl);
    return leases;
  }

  /**
   * Tries to take the lease of {@code accountId}, traded with the API key whose SHA-256 is
   * {@code apiKeySha256}. Taken: the account's fence is raised in one committed statement and
   * returned. Held by another instance: empty. Already held here: the held fence, unchanged,
   * without a round trip ({@link #renew} finds out whether the session still holds it).
   *
   * @throws LeaseConflictException if another instance holds it with another API key
   * @throws StoreException if PostgreSQL cannot be reached
   */
  public OptionalLong tryAcquire(String accountId, String apiKeySha256) {
    lock.lock();
    try {
      Long fence = fences.get(accountId);
      if (fence != null) {
        return OptionalLong.of(fence);
      }
      return withSession("take the lease of " + accountId,
          s -> acquire(s, accountId, apiKeySha256));
    } finally {
      lock.unlock();
    }
  }

  /**
   * One round trip on the dedicated connection, which also restarts the session's idle timer.
   * True if every held lease is still held (and so when none is). False once the session is
   * gone: every lease is lost then, {@link #held} is empty, and the next {@link #tryAcquire}
   * opens a new session.
   */
  public boolean renew() {
    lock.lock();
    try {
      if (session == null) {
        return true; // without a session this instance holds no lease, so has none to lose
      }
      long began = System.nanoTime();
      Set<String> missing;
      try {
        missing = session.missing(fences.keySet());
      } catch (SQLException e) {
        lose(e);
        return false;
      }
      confirmedNanos = began;
      if (missing.isEmpty()) {
        return true;
      }
      missing.forEach(fences::remove);
      LOG.warn("Leases of {} no longer held by {}", missing, owner);
      return false;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Whether this instance may still act on {@code accountId}: it holds the lease and the last
   * renew (or acquire) began less than the TTL ago, so that after a pause it is false at once,
   * before any round trip. No I/O, any thread.
   */
  public boolean holds(String accountId) {
    return fences.containsKey(accountId) && System.nanoTime() - confirmedNanos < ttlNanos;
  }

  /** The accounts whose lease this instance holds, as of the last round trip. */
  public Set<String> held() {
    return Set.copyOf(fences.keySet());
  }

  /** The fence the journal commits of {@code accountId} must carry, if its lease is held. */
  public OptionalLong fence(String accountId) {
    Long fence = fences.get(accountId);
    return fence == null ? OptionalLong.empty() : OptionalLong.of(fence);
  }

  /** Gives the lease up; its fence stays, and the next owner raises it. */
  public void release(String accountId) {
    lock.lock();
    try {
      if (fences.remove(accountId) == null || session == null) {
        return;
      }
      try {
        session.unlock(accountId);
        LOG.info("Lease of {} released by {}", accountId, owner);
      } catch (SQLException e) {
        // ending the session is the one sure way left to let the lock go
        lose(e);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Every account ever leased, as {@code account_leases} says, with whether its lock is held by
   * some session now; one whose lock nobody holds is free.
   */
  public Map<String, LeaseHolder> holders() {
    lock.lock();
    try {
      List<LeaseHolder> rows = withSession("read the account leases", s -> s.holders(null));
      Map<String, LeaseHolder> holders = new LinkedHashMap<>();
      rows.forEach(h -> holders.put(h.accountId(), h));
      return holders;
    } finally {
      lock.unlock();
    }
  }

  /** Ends the session, which releases every lease at once. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      fences.clear();
      if (session != null) {
        session.close();
        session = null;
        LOG.info("Account leases of {} closed", owner);
      }
    } finally {
      lock.unlock();
    }
  }

  private OptionalLong acquire(LeaseSession s, String accountId, String apiKeySha256)
      throws SQLException {
    if (!s.tryLock(accountId)) {
      LeaseHolder holder = s.holders(accountId).stream().findFirst().orElse(null);
      // the same owner name is this instance's own former session, on its way out
      if (holder != null && !holder.owner().equals(owner)
          && !holder.apiKeySha256().equals(apiKeySha256)) {
        throw new LeaseConflictException(accountId, holder, owner);
      }
      return OptionalLong.empty();
    }
    LeaseSession.Taken taken;
    try {
      taken = s.take(accountId, owner, address, apiKeySha256);
    } catch (SQLException e) {
      try {
        s.unlock(accountId);
      } catch (SQLException unlockFailure) {
        e.addSuppressed(unlockFailure);
      }
      throw e;
    }
    fences.put(accountId, taken.fence());
    if (taken.previousOwner() == null) {
      LOG.info("Lease of {} taken by {}, fence {}", accountId, owner, taken.fence());
    } else {
      LOG.info("Lease of {} taken by {} from {}, fence {}{}", accountId, owner,
          taken.previousOwner(), taken.fence(),
          apiKeySha256.equals(taken.previousApiKeySha256()) ? "" : ", with a new API key");
    }
    return OptionalLong.of(taken.fence());
  }

  private interface SessionWork<T> {
    T run(LeaseSession session) throws SQLException;
  }

  /**
   * Runs {@code work} on the session, opening one if there is none. A session found gone is
   * replaced once: one that held nothing may simply have idled past its TTL.
   */
  private <T> T withSession(String what, SessionWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        LeaseSession s = session();
        long began = System.nanoTime();
        T result = work.run(s);
        confirmedNanos = began;
        return result;
      } catch (SQLException e) {
        if (session == null || !session.lost(e) || attempt == 2) {
          throw failure(what, e);
        }
        lose(e);
      }
    }
  }

  private LeaseSession session() throws SQLException {
    if (closed) {
      throw new IllegalStateException("account leases of " + owner + " are closed");
    }
    if (session == null) {
      session = LeaseSession.open(url, owner, ttl);
    }
    return session;
  }

  /** The session is gone, and every lease with it. */
  private void lose(SQLException cause) {
    if (!fences.isEmpty()) {
      LOG.warn("Session of {} to PostgreSQL lost ({}): leases of {} lost", owner,
          cause.getMessage(), fences.keySet());
    }
    fences.clear();
    session.close();
    session = null;
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(owner + " could not " + what + " on PostgreSQL at "
        + PostgresUrl.redacted(url.jdbcUrl()) + ": " + e.getMessage(), e);
  }
}
