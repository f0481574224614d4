package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.rejection.Rejections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The filter of the history endpoints (allOrders, userTrades, allAlgoOrders): from an id on, or
 * within {@code startTime}..{@code endTime}, at most {@code limit} (default 500, max 1000).
 * Without an id or a start the newest entries are returned, as on Binance.
 */
record HistoryQuery(Optional<Long> fromId, Optional<Long> startTime, Optional<Long> endTime,
    int limit) {
  private static final int DEFAULT_LIMIT = 500;
  private static final int MAX_LIMIT = 1000;

  static HistoryQuery parse(RequestParams params, String fromIdName) {
    int limit = (int) number(params, "limit").orElse((long) DEFAULT_LIMIT).longValue();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw refuse(Rejections.invalidParameter("limit"));
    }
    return new HistoryQuery(number(params, fromIdName), number(params, "startTime"),
        number(params, "endTime"), limit);
  }

  /** The entries (given oldest first) that pass the filter, oldest first. */
  <T> List<T> select(List<T> entries, ToLongFunction<T> id, ToLongFunction<T> timeMillis) {
    List<T> matching = entries.stream()
        .filter(entry -> fromId.map(from -> id.applyAsLong(entry) >= from).orElse(true))
        .filter(entry -> startTime.map(from -> timeMillis.applyAsLong(entry) >= from).orElse(true))
        .filter(entry -> endTime.map(to -> timeMillis.applyAsLong(entry) <= to).orElse(true))
        .toList();
    boolean fromStart = fromId.isPresent() || startTime.isPresent();
    if (matching.size() <= limit) {
      return matching;
    }
    return fromStart ? matching.subList(0, limit)
        : matching.subList(matching.size() - limit, matching.size());
  }

  private static Optional<Long> number(RequestParams params, String name) {
    try {
      return params.optional(name).map(Long::parseLong);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter(name));
    }
  }
}
