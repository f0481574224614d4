package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;
import java.net.URI;
import java.util.Optional;

/**
 * Which exchange the gateway talks to. {@code SIM} is the embedded simulator, whose address is
 * only known once it has started, so it has no fixed URLs.
 */
public enum ExchangeMode implements ConfigChoice {
  SIM(null, null, null),
  TESTNET("https://demo-fapi.binance.com", "wss://fstream.binancefuture.com",
      "wss://testnet.binancefuture.com/ws-fapi/v1"),
  LIVE("https://fapi.binance.com", "wss://fstream.binance.com",
      "wss://ws-fapi.binance.com/ws-fapi/v1");

  private final String restUrl;
  private final String webSocketUrl;
  private final String webSocketApiUrl;

  ExchangeMode(String restUrl, String webSocketUrl, String webSocketApiUrl) {
    this.restUrl = restUrl;
    this.webSocketUrl = webSocketUrl;
    this.webSocketApiUrl = webSocketApiUrl;
  }

  /** The WebSocket API (order entry) of this venue, or empty for the simulator. */
  public Optional<URI> defaultWebSocketApiUrl() {
    return Optional.ofNullable(webSocketApiUrl).map(URI::create);
  }

  /** The REST base of this venue, or empty for the simulator. */
  public Optional<URI> defaultRestUrl() {
    return Optional.ofNullable(restUrl).map(URI::create);
  }

  /** The WebSocket base of this venue, or empty for the simulator. */
  public Optional<URI> defaultWebSocketUrl() {
    return Optional.ofNullable(webSocketUrl).map(URI::create);
  }

  /** Whether real credentials are needed: every mode but the simulator. */
  public boolean needsCredentials() {
    return this != SIM;
  }
}
