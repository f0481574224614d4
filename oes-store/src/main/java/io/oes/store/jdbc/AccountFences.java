package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The fencing tokens this instance writes under, one per account it owns. With several
 * instances on one PostgreSQL, an account's lease comes with a fence ({@code
 * account_leases.fence}, raised by every new owner); each journal commit checks, for every
 * account it holds events of, that the fence is still the one this instance was given, and
 * holds the row (FOR SHARE) until it commits, so a new owner's raise waits for that commit and
 * every commit after it fails the check. The events of a fenced account are refused — never
 * written — and the listeners are told, once per account.
 *
 * <p>{@link #none()} is the single instance: nothing is checked. Thread-safe.
 */
public final class AccountFences {
  private static final String CHECK =
      "SELECT fence FROM account_leases WHERE account_id = ? FOR SHARE";

  /** Null for a single instance: nothing is checked. */
  private final Duration leaseTtl;
  private final Map<String, Long> held = new ConcurrentHashMap<>();
  private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();

  private AccountFences(Duration leaseTtl) {
    this.leaseTtl = leaseTtl;
  }

  /** One instance owns every account: writes are not checked. */
  public static AccountFences none() {
    return new AccountFences(null);
  }

  /**
   * Several instances: only accounts {@link #hold held} are written, under their fence. A
   * store transaction idle for {@code leaseTtl} (its instance frozen mid-commit) is ended, so
   * it never holds a lease row longer than the lease itself lives.
   */
  public static AccountFences enforced(Duration leaseTtl) {
    return new AccountFences(leaseTtl);
  }

  /** How long a store transaction may stand idle before PostgreSQL ends it, when enforced. */
  Optional<Duration> staleTransactionTimeout() {
    return Optional.ofNullable(leaseTtl);
  }

  public boolean isEnforced() {
    return leaseTtl != null;
  }

  /** From now on, {@code accountId}'s events are written under {@code fence}. */
  public void hold(String accountId, long fence) {
    held.put(accountId, fence);
  }

  /** From now on, {@code accountId}'s events are refused (the lease was given up or lost). */
  public void release(String accountId) {
    held.remove(accountId);
  }

  /** Called with the account and why, on the store's writer, when its events are refused. */
  public void onFenced(BiConsumer<String, String> listener) {
    listeners.add(listener);
  }

  /**
   * Inside the commit of {@code events}: why each account whose events may not be written is
   * fenced, by account; empty when all may be. Locks each checked lease row until the
   * transaction ends.
   */
  Map<String, String> check(Connection connection, List<OrderEvent> events) throws SQLException {
    Map<String, String> fenced = new LinkedHashMap<>();
    if (!isEnforced()) {
      return fenced;
    }
    Set<String> accounts = new HashSet<>();
    for (OrderEvent event : events) {
      accounts.add(event.order().accountId());
    }
    try (PreparedStatement st = connection.prepareStatement(CHECK)) {
      for (String account : accounts) {
        Long mine = held.get(account);
        if (mine == null) {
          fenced.put(account, "this instance holds no lease on it");
          continue;
        }
        st.setString(1, account);
        try (ResultSet rs = st.executeQuery()) {
          long current = rs.next() ? rs.getLong(1) : 0;
          if (current != mine) {
            fenced.put(account, "its fence is " + current + " (taken over), this instance"
                + " writes under " + mine);
          }
        }
      }
    }
    return fenced;
  }

  /** Releases each of {@code fenced} and tells the listeners why, once per lost lease. */
  void refused(Map<String, String> fenced) {
    fenced.forEach((account, why) -> {
      if (held.remove(account) != null) {
        listeners.forEach(listener -> listener.accept(account, why));
      }
    });
  }
}
