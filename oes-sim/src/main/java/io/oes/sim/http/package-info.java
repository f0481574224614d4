/**
 * The Binance USD-M Futures REST API under {@code /fapi/v1}, served by Javalin on virtual
 * threads. Handlers parse parameters from the raw query and body (query wins), authenticate
 * signed calls, call the symbol's matching engine and render Binance's JSON shapes: decimals as
 * plain strings, ids and times as numbers. A refusal becomes {@code {"code":-NNNN,"msg":"..."}}
 * with the HTTP status Binance uses. Handlers hold no state of their own; every request thread
 * may run any handler concurrently.
 */
package io.oes.sim.http;
