/**
 * Order matching per symbol. Each {@link io.oes.sim.matching.SymbolEngine} owns everything of its
 * symbol (the synthetic ladder, the moving mid, the users' resting and conditional orders, order
 * and trade ids) behind one {@link java.util.concurrent.locks.ReentrantLock}: HTTP request threads
 * and the market ticker take the lock for the length of one operation, so a symbol sees one total
 * order of placements, modifies, cancels, fills, triggers and price moves, while different
 * symbols proceed in parallel. A lock was chosen over a single-threaded executor per symbol
 * because an operation is short and never blocks, so handing it to another thread would only add
 * two context switches to every order.
 *
 * <p>A taker trades against the best of the synthetic ladder and the users' resting orders,
 * price first; at one price the users' orders go first, oldest first, so users trade with each
 * other and their orders show in the depth. A taker meeting its own account's order applies its
 * self-trade prevention mode; a reduce-only order never fills beyond the position it reduces. A
 * resting order is filled as maker, at its own price, when a later move of the market trades
 * through it; after each move the conditional orders whose trigger the mark price reached release
 * their LIMIT or MARKET order. Fills are booked on the {@link io.oes.sim.account.Account} while
 * the symbol lock is held (lock order: symbol, then account) and reported to an
 * {@link io.oes.sim.matching.OrderEventListener} in that same order, which is what a user data
 * stream needs.
 */
package io.oes.sim.matching;
