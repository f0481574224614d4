package io.oes.core.ratelimit;

/**
 * What one request costs on Binance's counters.
 *
 * @param weight IP request weight, counted in the per-minute weight window
 * @param orders order placements, counted in both the 10-second and the one-minute order windows
 *     (Binance's batch endpoints, which count differently per window, are not used by oes)
 * @param priority whether the request may use the cancel reserve
 */
public record RequestCost(int weight, int orders, Priority priority) {
  private static final RequestCost NEW_ORDER = new RequestCost(0, 1, Priority.NORMAL);
  private static final RequestCost CANCEL = new RequestCost(1, 0, Priority.CANCEL);

  public RequestCost {
    if (weight < 0 || orders < 0) {
      throw new IllegalArgumentException(
          "weight " + weight + " and orders " + orders + " must not be negative");
    }
    if (priority == null) {
      throw new IllegalArgumentException("priority is required");
    }
  }

  /** {@code POST /fapi/v1/order} and {@code /algoOrder}: weight 0, one order on both windows. */
  public static RequestCost newOrder() {
    return NEW_ORDER;
  }

  /** {@code count} new orders at once, as {@link #newOrder()} each. */
  public static RequestCost newOrders(int count) {
    return count == 1 ? NEW_ORDER : new RequestCost(0, count, Priority.NORMAL);
  }

  /** {@code DELETE /fapi/v1/order}: weight 1, no order count, cancel priority. */
  public static RequestCost cancel() {
    return CANCEL;
  }

  /** Any other request (a query, exchange info): its weight, normal priority. */
  public static RequestCost ofWeight(int weight) {
    return new RequestCost(weight, 0, Priority.NORMAL);
  }
}
