/**
 * Synthetic market data per symbol: a mid price that moves as a seeded random walk on the tick
 * grid ({@link io.oes.sim.market.MidPriceWalk}), and a depth ladder of several levels on each
 * side around it ({@link io.oes.sim.market.SyntheticLadder}) that takers consume and that is
 * rebuilt on every move. The mark price is the mid. Prices are held as whole numbers of ticks so
 * every price is exact and on the grid. Nothing here is thread-safe: each instance is owned by
 * its symbol's matching engine and touched only under that engine's lock.
 */
package io.oes.sim.market;
