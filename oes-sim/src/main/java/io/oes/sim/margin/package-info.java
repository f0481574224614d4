/**
 * Cross margin as Binance computes it for one USDT wallet: each position's initial margin is its
 * notional at the mark price over the symbol's leverage, open orders add the margin of the
 * position they could open, the available balance is the margin balance (wallet plus unrealised
 * PnL) less all initial margin, and a new order that does not fit is refused with -2019 (or
 * -2027 when it would pass the leverage's notional cap). Mark prices are published by each
 * symbol's engine into {@link io.oes.sim.margin.MarkPrices}, so an engine can value the
 * account's other symbols without taking their locks.
 */
package io.oes.sim.margin;
