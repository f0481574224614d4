package io.oes.core.port;

import io.oes.core.order.Order;
import java.util.List;

/**
 * One page of a query, newest first.
 *
 * @param next where the following page starts, or null on the last page
 */
public record OrderPage(List<Order> orders, OrderQuery.PageCursor next) {}
