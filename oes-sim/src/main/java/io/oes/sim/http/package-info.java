/**
 * The Binance USD-M Futures REST API ({@code /fapi/v1}, {@code /fapi/v2}, {@code /fapi/v3} and
 * the two {@code /sapi} lists ccxt loads), served by Javalin on virtual threads. Handlers parse
 * parameters from the raw query and body (query wins), authenticate signed calls, call the
 * symbol's matching engine and render Binance's JSON shapes: decimals as plain strings, ids and
 * times as numbers. A refusal becomes {@code {"code":-NNNN,"msg":"..."}} with the HTTP status
 * Binance uses. {@link io.oes.sim.http.RestApi} wraps every handler with injected latency and
 * errors, the weight charge and the after-execution faults. {@link io.oes.sim.http.WebSocketApi}
 * runs the same handlers for the WebSocket API's methods (the transport lives in
 * {@code io.oes.sim.wsapi}): one {@link io.oes.sim.http.Endpoint} per operation, whichever way it
 * is reached. Handlers hold no state of their own; every request thread may run any handler
 * concurrently.
 */
package io.oes.sim.http;
