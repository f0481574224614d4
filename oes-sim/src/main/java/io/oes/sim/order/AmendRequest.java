package io.oes.sim.order;

import java.math.BigDecimal;

/**
 * A parsed {@code PUT /fapi/v1/order}: new price and quantity for a working LIMIT order.
 *
 * @param ref the order to change
 * @param side the side sent, which must be the order's own
 */
public record AmendRequest(OrderRef ref, Side side, BigDecimal quantity, BigDecimal price) {}
