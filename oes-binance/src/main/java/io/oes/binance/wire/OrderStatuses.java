package io.oes.binance.wire;

import io.oes.core.order.OrderState;

/** Binance order and algo-order statuses in oes's states, with the reason for an expiry. */
public final class OrderStatuses {
  private OrderStatuses() {}

  /** A {@code status} of {@code /fapi/v1/order}; an unknown status is an error. */
  public static OrderState ofOrder(String status) {
    return switch (status) {
      case "NEW" -> OrderState.SUBMITTED;
      case "PARTIALLY_FILLED" -> OrderState.PARTIALLY_FILLED;
      case "FILLED" -> OrderState.FILLED;
      case "CANCELED" -> OrderState.CANCELED;
      case "REJECTED" -> OrderState.REJECTED;
      case "EXPIRED", "EXPIRED_IN_MATCH" -> OrderState.EXPIRED;
      default -> throw new IllegalArgumentException("unknown order status " + status);
    };
  }

  /**
   * An {@code algoStatus}. A triggered order rests on the book as a regular order, so the algo
   * order itself stays open until it finished; FINISHED does not say whether it filled or was
   * cancelled, so it is refused here and must be settled through the triggered order.
   */
  public static OrderState ofAlgoOrder(String algoStatus) {
    return switch (algoStatus) {
      case "NEW", "TRIGGERING", "TRIGGERED" -> OrderState.SUBMITTED;
      case "CANCELED" -> OrderState.CANCELED;
      case "REJECTED" -> OrderState.REJECTED;
      case "EXPIRED" -> OrderState.EXPIRED;
      default -> throw new IllegalArgumentException("algo status " + algoStatus
          + " says nothing about fills; query the triggered order");
    };
  }

  /**
   * Why an order ended REJECTED or EXPIRED, as far as its status, type and time-in-force tell;
   * null for any other status.
   */
  public static String reasonFor(String status, String type, String timeInForce) {
    return switch (status) {
      case "EXPIRED_IN_MATCH" -> "expired by self-trade prevention";
      case "REJECTED" -> "rejected by the exchange";
      case "EXPIRED" -> expiryReason(type, timeInForce);
      default -> null;
    };
  }

  private static String expiryReason(String type, String timeInForce) {
    if ("MARKET".equals(type)) {
      return "MARKET order remainder expired: no more liquidity within the price protection";
    }
    if (timeInForce == null) {
      return "expired by the exchange";
    }
    return switch (timeInForce) {
      case "IOC" -> "IOC remainder expired unfilled";
      case "FOK" -> "FOK order could not fill completely";
      case "GTX" -> "post-only order would have taken liquidity";
      case "GTD" -> "good-till-date time reached";
      default -> "expired by the exchange";
    };
  }
}
