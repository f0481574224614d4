/**
 * How the simulator writes values the way Binance does, shared by its REST answers, user data
 * stream and market data stream.
 */
package io.oes.sim.wire;
