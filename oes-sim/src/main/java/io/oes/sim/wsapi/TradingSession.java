package io.oes.sim.wsapi;

import io.oes.sim.account.Account;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One WebSocket API connection: when it opened, the account it is logged on as and since when,
 * and whether its answers list rate limits. Changed only by its own requests, which arrive one
 * at a time; read by them too.
 */
final class TradingSession {
  private final String ip;
  private final long connectedSinceMillis;
  private final boolean returnRateLimits;
  private Optional<Account> account = Optional.empty();
  private long authorizedSinceMillis;

  TradingSession(String ip, long connectedSinceMillis, boolean returnRateLimits) {
    this.ip = ip;
    this.connectedSinceMillis = connectedSinceMillis;
    this.returnRateLimits = returnRateLimits;
  }

  String ip() {
    return ip;
  }

  boolean returnRateLimits() {
    return returnRateLimits;
  }

  Optional<Account> account() {
    return account;
  }

  void logOn(Account loggedOn, long nowMillis) {
    account = Optional.of(loggedOn);
    authorizedSinceMillis = nowMillis;
  }

  void logOut() {
    account = Optional.empty();
    authorizedSinceMillis = 0;
  }

  /** The result of session.logon, session.status and session.logout. */
  Map<String, Object> status(long serverTimeMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("apiKey", account.map(a -> a.credentials().apiKey()).orElse(null));
    json.put("authorizedSince", account.isPresent() ? authorizedSinceMillis : null);
    json.put("connectedSince", connectedSinceMillis);
    json.put("returnRateLimits", returnRateLimits);
    json.put("serverTime", serverTimeMillis);
    return json;
  }
}
