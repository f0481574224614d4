package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.TimeInForce;
import io.oes.core.refusal.Refusal;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What each order type needs: a limit price for LIMIT, STOP_LIMIT and POST_ONLY; none for
 * MARKET and STOP_MARKET; a stop price for the STOP types; GTX for post-only (GTC is read as
 * GTX, IOC and FOK contradict post-only).
 */
final class OrderTypePolicy implements OrderPolicy {

  @Override
  public Optional<Refusal> check(OrderRequest request, SymbolRules rules) {
    OrderType type = request.type();
    if (type.hasLimitPrice() && !isPositive(request.price())) {
      return refuse("price " + shown(request.price()) + " must be positive for a " + type + " order");
    }
    if (!type.hasLimitPrice() && isSet(request.price())) {
      return refuse("price " + shown(request.price()) + " must not be set for a " + type + " order");
    }
    if (type.isConditional() && !isPositive(request.stopPrice())) {
      return refuse("stop_price " + shown(request.stopPrice()) + " must be positive for a " + type + " order");
    }
    if (!type.isConditional() && isSet(request.stopPrice())) {
      return refuse("stop_price " + shown(request.stopPrice()) + " must not be set for a " + type + " order");
    }
    if (isPostOnly(request) && request.timeInForce() != TimeInForce.GTX) {
      return refuse("time_in_force " + request.timeInForce() + " is not allowed for a post-only order (needs GTX)");
    }
    if (type == OrderType.MARKET && request.timeInForce() == TimeInForce.GTX) {
      return refuse("time_in_force GTX is not allowed for a MARKET order");
    }
    return Optional.empty();
  }

  /**
   * The time-in-force the order will carry: unspecified means GTC for orders that can rest,
   * post-only turns GTC (or unspecified) into GTX; anything else stays for {@link #check} to judge.
   */
  static TimeInForce settle(OrderRequest request) {
    TimeInForce asked = request.timeInForce();
    if (isPostOnly(request) && (asked == null || asked == TimeInForce.GTC)) {
      return TimeInForce.GTX;
    }
    if (asked == null && request.type() != OrderType.MARKET && request.type() != OrderType.STOP_MARKET) {
      return TimeInForce.GTC;
    }
    return asked;
  }

  static boolean isPostOnly(OrderRequest request) {
    return request.postOnly() || request.type() == OrderType.POST_ONLY;
  }

  private static boolean isPositive(BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  private static boolean isSet(BigDecimal value) {
    return value != null && value.signum() != 0;
  }

  private static String shown(BigDecimal value) {
    return value == null ? "0" : value.toPlainString();
  }

  private static Optional<Refusal> refuse(String message) {
    return Optional.of(Refusal.invalid(message));
  }
}
