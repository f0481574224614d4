/**
 * Positions from fills: size, average entry price, realised PnL and fees per account, user and
 * symbol, by the exchange's one-way rule. Pure: no I/O, fed from the store at start and from the
 * order feed after.
 */
package io.oes.core.position;
