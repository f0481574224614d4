package io.oes.server.cluster;

import io.oes.store.jdbc.AccountFences;
import io.oes.store.lease.AccountLeases;
import io.oes.store.lease.LeaseHolder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts this instance owns. {@link #take} waits until it holds the lease of every
 * account it is configured with — a second instance with the same accounts is the standby,
 * and starts trading when the owner dies or freezes past its lease — and gives the store each
 * account's fence. From then on the leases are renewed every third of their TTL; a lease that
 * lapses (renew failed, or not confirmed within the TTL) or whose fence the store found raised
 * is lost for good: the listeners stop the account, and this instance never takes it back (a
 * restart makes it a standby again).
 */
public final class AccountOwnership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AccountOwnership.class);
  /** How often a waiting instance says who holds what it waits for. */
  private static final Duration WAITING_REPORT = Duration.ofSeconds(10);
  /** How long a read of who holds which lease answers {@link #whereIs}. */
  private static final long HOLDERS_FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final AccountLeases leases;
  private final AccountFences fences;
  private final Map<String, Long> owned = new ConcurrentHashMap<>();
  private final Map<String, String> lost = new ConcurrentHashMap<>();
  private volatile Map<String, LeaseHolder> holdersSeen;
  private volatile long holdersSeenAt;
  private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(
      r -> Thread.ofPlatform().name("lease-renewal").daemon().unstarted(r));

  private AccountOwnership(AccountLeases leases, AccountFences fences) {
    this.leases = leases;
    this.fences = fences;
  }

  /**
   * Waits until this instance holds every account of {@code apiKeyHashes} (account id → SHA-256
   * of its API key), polling every {@code poll}; then keeps them.
   *
   * @throws io.oes.store.lease.LeaseConflictException if another instance trades one of them
   *     with a different API key
   */
  public static AccountOwnership take(AccountLeases leases, AccountFences fences,
      Map<String, String> apiKeyHashes, Duration ttl, Duration poll)
      throws InterruptedException {
    AccountOwnership ownership = new AccountOwnership(leases, fences);
    long nextReport = System.nanoTime();
    while (ownership.owned.size() < apiKeyHashes.size()) {
      leases.renew();
      // a lease taken while waiting for the others can be lost meanwhile: wait for it again
      ownership.owned.keySet().removeIf(account -> !leases.holds(account)
          && ownership.forget(account));
      apiKeyHashes.forEach((account, keyHash) -> {
        if (!ownership.owned.containsKey(account)) {
          leases.tryAcquire(account, keyHash).ifPresent(fence -> ownership.own(account, fence));
        }
      });
      if (ownership.owned.size() < apiKeyHashes.size()) {
        if (System.nanoTime() >= nextReport) {
          ownership.reportWaiting(apiKeyHashes.keySet());
          nextReport = System.nanoTime() + WAITING_REPORT.toNanos();
        }
        Thread.sleep(poll);
      }
    }
    ownership.keep(ttl);
    return ownership;
  }

  private void own(String account, long fence) {
    owned.put(account, fence);
    fences.hold(account, fence);
    LOG.info("Took the lease of account {} (fence {})", account, fence);
  }

  /** Before trading starts: {@code account}'s lease lapsed while waiting; always true. */
  private boolean forget(String account) {
    fences.release(account);
    LOG.warn("The lease of account {} lapsed while waiting for the others; waiting for it again",
        account);
    return true;
  }

  private void reportWaiting(Set<String> wanted) {
    Map<String, LeaseHolder> holders = leases.holders();
    for (String account : wanted) {
      LeaseHolder holder = holders.get(account);
      if (!owned.containsKey(account) && holder != null && holder.held()) {
        LOG.info("Standing by for account {}: instance {} at {} holds it (fence {})", account,
            holder.owner(), holder.address(), holder.fence());
      }
    }
  }

  private void keep(Duration ttl) {
    long everyMs = Math.max(1, ttl.toMillis() / 3);
    renewals.scheduleWithFixedDelay(this::renew, everyMs, everyMs, TimeUnit.MILLISECONDS);
    fences.onFenced(this::lose);
  }

  private void renew() {
    try {
      boolean alive = leases.renew();
      for (String account : Set.copyOf(owned.keySet())) {
        if (!alive || !leases.holds(account)) {
          lose(account, "its lease lapsed (not renewed within the lease TTL)");
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Renewing the account leases failed: {}", e.getMessage());
    }
  }

  /** Stops {@code account} for good; once, however many times it is found lost. */
  private void lose(String account, String why) {
    if (owned.remove(account) == null) {
      return;
    }
    fences.release(account);
    lost.put(account, why);
    LOG.error("Lost account {}: {}; this instance no longer trades it (restart it to stand by)",
        account, why);
    listeners.forEach(listener -> listener.accept(account, why));
  }

  /** Called with the account and why, once, when an account is lost. */
  public void onLost(BiConsumer<String, String> listener) {
    listeners.add(listener);
  }

  /** The accounts owned, with their fences. */
  public Map<String, Long> owned() {
    return Map.copyOf(owned);
  }

  /** The accounts lost since the start, with why. */
  public Map<String, String> lost() {
    return Map.copyOf(lost);
  }

  /**
   * Where {@code accountId} is traded, as the end of a refusal: {@code "; it is traded by
   * instance … at …"}.
   */
  public String whereIs(String accountId) {
    try {
      return holderOf(accountId)
          .map(holder -> "; it is traded by instance " + holder.owner() + " at "
              + holder.address())
          .orElse("; no instance holds its lease now");
    } catch (RuntimeException e) {
      return "; where it is traded cannot be read now (" + e.getMessage() + ")";
    }
  }

  /**
   * The instance holding {@code accountId}'s lease now, if one does. Reads the leases at most
   * once a second.
   */
  public Optional<LeaseHolder> holderOf(String accountId) {
    long now = System.nanoTime();
    Map<String, LeaseHolder> known = holdersSeen;
    if (known == null || now - holdersSeenAt > HOLDERS_FRESH_NANOS) {
      known = leases.holders();
      holdersSeen = known;
      holdersSeenAt = now;
    }
    return Optional.ofNullable(known.get(accountId)).filter(LeaseHolder::held);
  }

  /** Every leased account as the store says: its owner, address and fence. */
  public Map<String, LeaseHolder> holders() {
    return leases.holders();
  }

  /** Gives every lease up (at shutdown, so a standby takes over at once). */
  @Override
  public void close() {
    renewals.shutdownNow();
    owned.keySet().forEach(fences::release);
    leases.close();
  }
}
