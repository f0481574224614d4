package io.oes.core.port;

import io.oes.core.order.OrderState;
import java.time.Instant;

/**
 * A filter over stored orders, newest first. Null fields do not filter.
 *
 * @param createdFrom inclusive lower bound on creation time
 * @param createdTo inclusive upper bound on creation time
 * @param limit page size, already bounded by the caller (1..1000)
 * @param after resume after this position (the last order of the previous page), or null
 */
public record OrderQuery(
    String userId,
    String symbol,
    OrderState state,
    Instant createdFrom,
    Instant createdTo,
    int limit,
    PageCursor after) {

  /** A position in the newest-first ordering: creation time, then order id. */
  public record PageCursor(Instant createdAt, String orderId) {}
}
