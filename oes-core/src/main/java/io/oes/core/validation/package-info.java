/**
 * Pre-trade validation: one small policy per rule, each returning a verdict that names the
 * field, the value and the rule. {@link io.oes.core.validation.OrderValidator} normalises a
 * request (settles time-in-force) and runs the policies in order; the first refusal wins.
 */
package io.oes.core.validation;
