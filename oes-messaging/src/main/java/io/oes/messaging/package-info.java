/**
 * The order cache and the event bus: implementations of {@link io.oes.core.port.OrderCache}
 * and {@link io.oes.core.port.EventPublisher}.
 */
package io.oes.messaging;
