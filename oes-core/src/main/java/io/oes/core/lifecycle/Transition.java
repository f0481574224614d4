package io.oes.core.lifecycle;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;

/** An order after a change, and what to call the change. */
public record Transition(Order order, UpdateType type) {}
