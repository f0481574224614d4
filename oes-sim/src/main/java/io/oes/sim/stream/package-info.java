/**
 * The user data stream: listen keys with their 60-minute validity, the WebSocket paths (legacy
 * {@code /ws/<key>} and new {@code /private/ws?listenKey=}), and the events ORDER_TRADE_UPDATE,
 * TRADE_LITE, ACCOUNT_UPDATE, ALGO_UPDATE and listenKeyExpired rendered with Binance's keys. The
 * {@link io.oes.sim.stream.UserStreamHub} is the matching engines' event listener; it renders on
 * the engine thread and hands each event to every connection's own sender thread, so events of a
 * connection leave in order and a slow socket never stalls matching.
 */
package io.oes.sim.stream;
