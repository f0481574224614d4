package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;

/**
 * How orders, amends and cancels reach the exchange: signed REST calls, or one WebSocket API
 * connection per account with REST as the fallback while it is down.
 */
public enum OrderEntryMode implements ConfigChoice {
  REST,
  WEBSOCKET
}
