/**
 * The stream WebSockets, market data and user data alike: every documented path
 * ({@link io.oes.sim.stream.StreamEndpoints}), the live requests SUBSCRIBE, UNSUBSCRIBE,
 * LIST_SUBSCRIPTIONS, SET_PROPERTY and GET_PROPERTY ({@link io.oes.sim.stream.StreamRequests}),
 * Binance's connection limits ({@link io.oes.sim.stream.StreamLimits}), who listens to what
 * ({@link io.oes.sim.stream.StreamRegistry}), and the user data stream: listen keys with their
 * 60-minute validity and the events ORDER_TRADE_UPDATE, TRADE_LITE, ACCOUNT_UPDATE, ALGO_UPDATE
 * and listenKeyExpired. Every connection writes from its own bounded outbox on its own sender
 * thread, so its frames leave in order, a publisher never waits for a socket, and a client too
 * slow to keep up is cut.
 */
package io.oes.sim.stream;
