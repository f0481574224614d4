/**
 * Simulated exchange accounts: credentials, USDT wallet balance, one-way positions per symbol and
 * the list of the account's trades with their fees. An {@link io.oes.sim.account.Account} is
 * changed by fills coming from any symbol's matching engine and read by HTTP handlers, so its
 * methods synchronize on the account; an engine calls it while holding its symbol lock, never the
 * reverse, so the lock order is always symbol, then account.
 */
package io.oes.sim.account;
