/**
 * Simulated exchange accounts: credentials (HMAC or Ed25519), USDT wallet balance, positions per
 * symbol (one in one-way mode, a LONG and a SHORT one in hedge mode), the open-order notional per
 * position that margin is computed from, and the list of the account's trades with their fees.
 * An {@link io.oes.sim.account.Account} is changed by fills coming from any symbol's matching
 * engine and read by HTTP handlers, so its methods synchronize on the account; an engine calls it
 * while holding its symbol lock, never the reverse, so the lock order is always symbol, then
 * account.
 */
package io.oes.sim.account;
