/**
 * The vocabulary of conditional orders, which Binance serves from the Algo Order API
 * ({@code /fapi/v1/algoOrder}) since late 2025: the parsed request, the statuses and the immutable
 * snapshot the HTTP layer and the user data stream render. The orders themselves live in their
 * symbol's matching engine, which watches the mark price and releases a regular order when the
 * trigger is reached.
 */
package io.oes.sim.algo;
