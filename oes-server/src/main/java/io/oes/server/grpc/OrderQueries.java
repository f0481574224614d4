package io.oes.server.grpc;

import io.oes.api.GetOrdersRequest;
import io.oes.core.order.OrderState;
import io.oes.core.port.OrderQuery;
import io.oes.core.refusal.Refusal;
import java.time.Instant;
import java.util.Optional;

/**
 * GetOrders requests to store queries: {@code limit} 0 means 100, at most 1000; times are Unix
 * seconds on {@code created_at}, both ends inclusive.
 */
final class OrderQueries {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private OrderQueries() {}

  /** The query, or empty when the request is invalid ({@link #refusal} says why). */
  static Optional<OrderQuery> toQuery(GetOrdersRequest r) {
    if (refusalOrNull(r) != null) {
      return Optional.empty();
    }
    int limit = r.getLimit() == 0 ? DEFAULT_LIMIT : Math.min(r.getLimit(), MAX_LIMIT);
    return Optional.of(new OrderQuery(
        r.getUserId().isEmpty() ? null : r.getUserId(),
        r.getSymbol().isEmpty() ? null : r.getSymbol(),
        r.getStateValue() == 0 ? null : OrderState.valueOf(r.getState().name()),
        r.getStartTime() == 0 ? null : Instant.ofEpochSecond(r.getStartTime()),
        r.getEndTime() == 0 ? null : Instant.ofEpochSecond(r.getEndTime()).plusSeconds(1)
            .minusNanos(1),
        limit,
        r.getPageToken().isEmpty() ? null : PageTokens.decode(r.getPageToken()).orElseThrow()));
  }

  static Refusal refusal(GetOrdersRequest r) {
    return refusalOrNull(r);
  }

  private static Refusal refusalOrNull(GetOrdersRequest r) {
    if (r.getLimit() < 0) {
      return Refusal.invalid("limit " + r.getLimit() + " must not be negative");
    }
    if (r.getStateValue() != 0 && r.getState() == io.oes.api.OrderState.UNRECOGNIZED) {
      return Refusal.invalid("state " + r.getStateValue() + " is not a known OrderState (1-7)");
    }
    if (r.getStartTime() < 0 || r.getEndTime() < 0) {
      return Refusal.invalid("start_time and end_time are Unix seconds and must not be negative");
    }
    if (r.getEndTime() != 0 && r.getStartTime() > r.getEndTime()) {
      return Refusal.invalid("start_time " + r.getStartTime() + " is after end_time "
          + r.getEndTime());
    }
    if (!r.getPageToken().isEmpty() && PageTokens.decode(r.getPageToken()).isEmpty()) {
      return Refusal.invalid("page_token " + r.getPageToken() + " is not a token this service issued");
    }
    return null;
  }
}
