package io.oes.core.ratelimit;

/**
 * What one request costs on Binance's counters.
 *
 * @param weight IP request weight, counted in the per-minute weight window
 * @param orders order placements counted in the 10-second order window
 * @param minuteOrders order placements counted in the one-minute order window: the same as
 *     {@code orders} for single orders; Binance's {@code POST /fapi/v1/batchOrders} counts 5 in
 *     the 10-second window and 1 in the minute's ({@link #batchOrders()})
 * @param priority whether the request may use the cancel reserve
 */
public record RequestCost(int weight, int orders, int minuteOrders, Priority priority) {
  private static final RequestCost NEW_ORDER = new RequestCost(0, 1, Priority.NORMAL);
  private static final RequestCost CANCEL = new RequestCost(1, 0, Priority.CANCEL);
  private static final RequestCost BATCH_ORDERS = new RequestCost(5, 5, 1, Priority.NORMAL);

  public RequestCost {
    if (weight < 0 || orders < 0 || minuteOrders < 0) {
      throw new IllegalArgumentException("weight " + weight + " and orders " + orders + "/"
          + minuteOrders + " must not be negative");
    }
    if (priority == null) {
      throw new IllegalArgumentException("priority is required");
    }
  }

  /** A request that counts {@code orders} in both order windows. */
  public RequestCost(int weight, int orders, Priority priority) {
    this(weight, orders, orders, priority);
  }

  /**
   * {@code POST /fapi/v1/batchOrders}, whatever the number of orders in it (at most 5): weight
   * 5, 5 on the 10-second order counter and 1 on the minute's.
   */
  public static RequestCost batchOrders() {
    return BATCH_ORDERS;
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
