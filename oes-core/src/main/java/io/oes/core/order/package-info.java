/**
 * Orders as values: what a client asked for ({@link io.oes.core.order.OrderRequest}) and the
 * order as it stands ({@link io.oes.core.order.Order}). Prices and quantities are exact
 * {@link java.math.BigDecimal}s; doubles exist only at the wire edge
 * ({@link io.oes.core.order.Decimals}).
 */
package io.oes.core.order;
