package io.oes.server.exchange;

import io.oes.binance.rest.RateLimitUsage;
import io.oes.server.health.CheckResult;
import io.oes.server.health.HealthCheck;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;

/**
 * Whether every exchange account can trade: the venue answers a ping, its trading rules are
 * loaded, it has not told oes to back off (429) or banned it (418), its user data stream is
 * connected, and it is not being reconciled (new orders wait meanwhile). The message says how
 * orders go out: a WebSocket API that is down leaves the check healthy, since REST carries them.
 */
public final class ExchangeHealthCheck implements HealthCheck {
  private final List<ExchangeAccount> accounts;
  private final InstantSource clock;
  private final Predicate<String> reconciling;

  /** @param reconciling whether the account of that id is being reconciled now */
  public ExchangeHealthCheck(List<ExchangeAccount> accounts, InstantSource clock,
      Predicate<String> reconciling) {
    this.accounts = List.copyOf(accounts);
    this.clock = clock;
    this.reconciling = reconciling;
  }

  @Override
  public String name() {
    return "exchange";
  }

  @Override
  public CheckResult check() {
    StringBuilder message = new StringBuilder();
    boolean degraded = false;
    for (ExchangeAccount account : accounts) {
      if (!reachable(account)) {
        return CheckResult.unhealthy("account " + account.id() + ": exchange does not answer");
      }
      if (account.rules().size() == 0) {
        return CheckResult.unhealthy("account " + account.id() + ": no trading rules loaded");
      }
      RateLimitUsage usage = account.client().rateLimitUsage();
      if (reconciling.test(account.id())) {
        degraded = true;
        message.append("account ").append(account.id()).append(": reconciling; ");
      } else if (!account.stream().isConnected()) {
        degraded = true;
        message.append("account ").append(account.id())
            .append(": user data stream disconnected, reconnecting; ");
      } else if (usage.isBackingOff(clock.instant())) {
        degraded = true;
        message.append("account ").append(account.id()).append(": backing off until ")
            .append(usage.retryAfter()).append("; ");
      } else {
        message.append("account ").append(account.id()).append(": ")
            .append(account.rules().size()).append(" symbols, weight used ")
            .append(usage.usedWeight1m()).append("/min, orders over ")
            .append(account.client().orderEntryState()).append("; ");
      }
    }
    String text = message.toString().replaceAll("; $", "");
    return degraded ? CheckResult.degraded(text) : CheckResult.healthy(text);
  }

  private static boolean reachable(ExchangeAccount account) {
    try {
      return account.client().ping().get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      return false;
    }
  }
}
