package io.oes.core.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a client asked for, after decoding from the wire and before validation.
 *
 * @param price null when the order has no limit price
 * @param stopPrice null when the order has no trigger
 * @param timeInForce null when the client left it unspecified
 * @param clientOrderId the client's idempotency key; never blank once the engine accepted it
 */
public record OrderRequest(
    String userId,
    String clientOrderId,
    String symbol,
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal stopPrice,
    boolean reduceOnly,
    boolean postOnly) {

  /** The same request under another client order id (used when oes generates one). */
  public OrderRequest withClientOrderId(String id) {
    return new OrderRequest(
        userId, id, symbol, side, type, timeInForce, quantity, price, stopPrice, reduceOnly,
        postOnly);
  }

  /** The same request with time-in-force settled by validation. */
  public OrderRequest withTimeInForce(TimeInForce tif) {
    return new OrderRequest(
        userId, clientOrderId, symbol, side, type, tif, quantity, price, stopPrice, reduceOnly,
        postOnly);
  }

  /** The same request naming equal user and symbol strings, e.g. instances shared by many. */
  public OrderRequest withNames(String equalUserId, String equalSymbol) {
    if (!Objects.equals(userId, equalUserId) || !Objects.equals(symbol, equalSymbol)) {
      throw new IllegalArgumentException("names " + equalUserId + "/" + equalSymbol
          + " differ from the request's " + userId + "/" + symbol);
    }
    return new OrderRequest(
        equalUserId, clientOrderId, equalSymbol, side, type, timeInForce, quantity, price,
        stopPrice, reduceOnly, postOnly);
  }

  /** The same request with new terms; a null argument keeps the current value. */
  public OrderRequest withTerms(BigDecimal newQuantity, BigDecimal newPrice) {
    return new OrderRequest(
        userId, clientOrderId, symbol, side, type, timeInForce,
        newQuantity == null ? quantity : newQuantity, newPrice == null ? price : newPrice,
        stopPrice, reduceOnly, postOnly);
  }

  /**
   * Whether a repeated CreateOrder asks for the same order: decimals compare by value, so
   * {@code 1.0} and {@code 1} are the same quantity. Both requests must be normalised by
   * validation first (time-in-force settled).
   */
  public boolean sameParametersAs(OrderRequest other) {
    return Objects.equals(symbol, other.symbol)
        && side == other.side
        && type == other.type
        && timeInForce == other.timeInForce
        && sameDecimal(quantity, other.quantity)
        && sameDecimal(price, other.price)
        && sameDecimal(stopPrice, other.stopPrice)
        && reduceOnly == other.reduceOnly
        && (postOnly || type == OrderType.POST_ONLY)
            == (other.postOnly || other.type == OrderType.POST_ONLY);
  }

  private static boolean sameDecimal(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return isZeroOrNull(a) && isZeroOrNull(b);
    }
    return a.compareTo(b) == 0;
  }

  private static boolean isZeroOrNull(BigDecimal value) {
    return value == null || value.signum() == 0;
  }
}
