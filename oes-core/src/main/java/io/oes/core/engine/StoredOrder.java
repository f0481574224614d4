package io.oes.core.engine;

import io.oes.core.order.Order;
import java.util.List;

/** An order as the store holds it, with the ids of the trades recorded for it. */
record StoredOrder(Order order, List<String> tradeIds) {}
