/**
 * Pre-trade risk: the limits a trading team sets on its own orders, checked after validation
 * and before anything reaches the exchange. Pure and deterministic: no I/O, no clock (time is
 * passed in), one small {@link io.oes.core.risk.RiskPolicy} per limit, each refusal
 * FAILED_PRECONDITION naming the limit, the value and the threshold.
 *
 * <p>{@link io.oes.core.risk.RiskEngine} and its {@link io.oes.core.risk.PositionBook} belong to
 * one account's writer thread; the {@link io.oes.core.risk.KillSwitch} is shared by all accounts
 * and may be flipped from any thread. A halt blocks new orders and never blocks cancels.
 */
package io.oes.core.risk;
