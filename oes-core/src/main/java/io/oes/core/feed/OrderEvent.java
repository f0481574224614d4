package io.oes.core.feed;

import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import java.time.Instant;

/**
 * One change of one order, as everybody downstream sees it.
 *
 * @param sequence service-wide, strictly increasing and gap-free; 0 before the feed numbered it
 * @param order the order after the change
 * @param fill the fill that caused the change, or null
 */
public record OrderEvent(long sequence, Order order, UpdateType type, Fill fill, Instant time) {

  /** This event under the sequence number the feed gave it. */
  public OrderEvent numbered(long seq) {
    return new OrderEvent(seq, order, type, fill, time);
  }
}
