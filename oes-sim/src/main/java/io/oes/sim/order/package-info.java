/**
 * The vocabulary of an order as the Binance wire knows it: sides, types, time-in-force values,
 * statuses, a validated new-order request and the immutable snapshot the HTTP layer renders. The
 * names and enum constants are the exact strings Binance sends, so parsing and rendering are
 * {@code valueOf} and {@code name()}.
 */
package io.oes.sim.order;
