package io.oes.core.lifecycle;

import io.oes.core.order.Order;

/** An order after a change, and the lifecycle event that made it. */
public record Transition(Order order, LifecycleEvent event) {}
