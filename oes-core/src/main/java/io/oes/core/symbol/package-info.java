/**
 * The exchange's trading rules per symbol (tick, step, quantity bounds, minimum notional,
 * price band), as loaded from the exchange at start and refreshed while running.
 */
package io.oes.core.symbol;
