/**
 * Binance's user data stream: a listenKey kept alive over REST and a WebSocket that pushes
 * ORDER_TRADE_UPDATE events, kept connected with back-off. Every reconnect is reported as a gap
 * so the engine resyncs over REST.
 */
package io.oes.binance.stream;
