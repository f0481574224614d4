/**
 * The WebSocket API at {@code /ws-fapi/v1}: JSON requests {@code {id, method, params}} answered
 * {@code {id, status, result | error, rateLimits}} in the order they arrive, each method run by
 * {@link io.oes.sim.http.WebSocketApi} on the same endpoints as REST. Requests are signed one by
 * one ({@code apiKey}, {@code timestamp}, {@code signature} over the other parameters sorted by
 * name), or a connection logs on once with an Ed25519 key ({@code session.logon}) and then sends
 * only {@code timestamp}. A frame that is not a request is answered with an error; the
 * connection stays open.
 */
package io.oes.sim.wsapi;
