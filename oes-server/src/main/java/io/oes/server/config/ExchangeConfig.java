package io.oes.server.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The exchange connection.
 *
 * @param mode simulator, testnet or live
 * @param baseUrl an override of the REST base; otherwise the mode's (or the simulator's) URL
 * @param wsUrl an override of the WebSocket base; otherwise the mode's (or the simulator's)
 * @param wsApiUrl an override of the WebSocket API address ({@code …/ws-fapi/v1}) that
 *     {@code order_entry: websocket} uses; otherwise the mode's (or the simulator's)
 * @param recvWindowMs how long a signed request stays valid at the exchange, in milliseconds
 * @param requestTimeoutMs how long to wait for an exchange answer before its outcome is unknown
 * @param exchangeInfoRefreshSeconds how often symbol rules are reloaded, in seconds
 * @param reconcileIntervalSeconds how often open orders are compared with the exchange
 * @param cancelCountdownSeconds the dead-man switch: unless oes re-arms it in time, the
 *     exchange cancels every open order of a symbol after this many seconds; 0 is off, {@link
 *     #COUNTDOWN_BY_MODE} means on (60 s) for testnet and live, off for the simulator
 * @param orderEntry how orders, amends and cancels are sent: REST, or the WebSocket API with
 *     REST as the fallback
 * @param accounts at least one; routing by user id, see {@link #accountFor(String)}
 */
public record ExchangeConfig(
    ExchangeMode mode,
    Optional<URI> baseUrl,
    Optional<URI> wsUrl,
    Optional<URI> wsApiUrl,
    int recvWindowMs,
    int requestTimeoutMs,
    int exchangeInfoRefreshSeconds,
    int reconcileIntervalSeconds,
    int cancelCountdownSeconds,
    OrderEntryMode orderEntry,
    List<AccountConfig> accounts) {

  public static final int DEFAULT_RECV_WINDOW_MS = 5000;
  public static final int DEFAULT_REQUEST_TIMEOUT_MS = 5000;
  public static final int DEFAULT_EXCHANGE_INFO_REFRESH_SECONDS = 3600;
  public static final int DEFAULT_RECONCILE_INTERVAL_SECONDS = 30;
  /** Marks an unset countdown: the mode decides. */
  public static final int COUNTDOWN_BY_MODE = -1;
  private static final int LIVE_COUNTDOWN_SECONDS = 60;

  public ExchangeConfig {
    accounts = List.copyOf(accounts);
  }

  /**
   * The REST base to use: the override, else the mode's, else (simulator) the given URL of the
   * simulator that was just started.
   */
  public URI restBaseUrl(URI simulatorRestUrl) {
    return baseUrl.or(mode::defaultRestUrl).orElse(simulatorRestUrl);
  }

  /** The dead-man countdown in force, in seconds; 0 when off. */
  public int effectiveCancelCountdownSeconds() {
    if (cancelCountdownSeconds != COUNTDOWN_BY_MODE) {
      return cancelCountdownSeconds;
    }
    return mode == ExchangeMode.SIM ? 0 : LIVE_COUNTDOWN_SECONDS;
  }

  /**
   * Where orders go over the WebSocket API, chosen like {@link #restBaseUrl(URI)} (the
   * simulator's is its WebSocket base's {@code /ws-fapi/v1}); empty when orders go over REST.
   */
  public Optional<URI> webSocketApiUrl(URI simulatorWebSocketUrl) {
    if (orderEntry != OrderEntryMode.WEBSOCKET) {
      return Optional.empty();
    }
    return wsApiUrl.or(mode::defaultWebSocketApiUrl)
        .or(() -> Optional.of(URI.create(simulatorWebSocketUrl + "/ws-fapi/v1")));
  }

  /** The WebSocket base to use, chosen like {@link #restBaseUrl(URI)}. */
  public URI webSocketBaseUrl(URI simulatorWebSocketUrl) {
    return wsUrl.or(mode::defaultWebSocketUrl).orElse(simulatorWebSocketUrl);
  }

  /**
   * The account a user's orders go to: the one that names the user, else the one that serves
   * everyone. Validation guarantees at most one answer; empty means the user has no account.
   */
  public Optional<AccountConfig> accountFor(String userId) {
    return accounts.stream()
        .filter(account -> account.users().contains(userId))
        .findFirst()
        .or(() -> accounts.stream().filter(AccountConfig::servesEveryone).findFirst());
  }
}
