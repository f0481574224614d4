/**
 * The listed symbols and their trading rules: the {@code exchangeInfo} fields of each symbol and
 * the filters (PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE, MIN_NOTIONAL, PERCENT_PRICE, ...) with
 * their checks. Each filter is one small {@link io.oes.sim.rules.OrderFilter} returning a
 * verdict; {@link io.oes.sim.rules.OrderFilters} runs them in the order Binance applies them. All
 * values are exact decimals; the rules are immutable and shared freely between threads.
 */
package io.oes.sim.rules;
