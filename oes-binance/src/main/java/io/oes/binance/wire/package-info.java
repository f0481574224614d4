/**
 * Translation between oes's order model and Binance's wire format: order parameters out,
 * order objects, exchange info and error answers in, and the rule that turns each answer into
 * an {@link io.oes.core.port.ExchangeOutcome}. Pure functions, no I/O; safe from any thread.
 */
package io.oes.binance.wire;
