package io.oes.core.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as it stands: immutable, so a snapshot can be handed to the store, the cache and
 * every subscriber without copying. Each change makes a new instance; only the engine thread
 * that owns the order's account makes them.
 *
 * @param orderId oes's id, unique across the service
 * @param accountId the exchange account the order trades on
 * @param request what the client asked for, normalised by validation
 * @param exchangeClientId the client order id sent to the exchange: a pure function of the
 *     account, the user and the client's id ({@link ExchangeClientIds}), so a retry after any
 *     crash names the same exchange order, and oes recognises its own orders by the prefix
 * @param exchangeOrderId the exchange's id, null until acknowledged
 * @param averagePrice volume-weighted price of the fills, zero before the first
 * @param feeAsset null until a fee was charged
 * @param rejectReason why the order was refused or expired, null otherwise
 */
public record Order(
    String orderId,
    String accountId,
    OrderRequest request,
    String exchangeClientId,
    OrderState state,
    BigDecimal filledQuantity,
    BigDecimal averagePrice,
    BigDecimal fee,
    String feeAsset,
    String exchangeOrderId,
    String rejectReason,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A freshly accepted order, state NEW, whose exchange client id is derived from {@code
   * clientIdPrefix}, the account, the user and the client order id.
   */
  public static Order accepted(
      String orderId, String accountId, OrderRequest request, String clientIdPrefix,
      Instant now) {
    String exchangeClientId = ExchangeClientIds.of(clientIdPrefix, accountId, request.userId(),
        request.clientOrderId());
    return new Order(
        orderId, accountId, request, exchangeClientId, OrderState.NEW, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, now, now);
  }

  /**
   * An order found on the exchange under {@code exchangeClientId} without an intent in the
   * store, state NEW until its report is applied.
   */
  public static Order unrecorded(
      String orderId, String accountId, OrderRequest request, String exchangeClientId,
      Instant now) {
    return new Order(
        orderId, accountId, request, exchangeClientId, OrderState.NEW, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, now, now);
  }

  public String symbol() {
    return request.symbol();
  }

  public String userId() {
    return request.userId();
  }

  public String clientOrderId() {
    return request.clientOrderId();
  }

  /** Quantity still to fill. */
  public BigDecimal remainingQuantity() {
    return request.quantity().subtract(filledQuantity);
  }

  /** This order moved to {@code next} at {@code now}; the lifecycle checks the move first. */
  public Order withState(OrderState next, Instant now) {
    return new Order(
        orderId, accountId, request, exchangeClientId, next, filledQuantity, averagePrice, fee,
        feeAsset, exchangeOrderId, rejectReason, createdAt, now);
  }

  /**
   * This order with the exchange's execution figures. A figure equal in value to the one held
   * keeps the held instance (decimals compare by value, so nothing anyone reads changes), and
   * an acknowledgement does not bring a zero of its own into every open order.
   */
  public Order withExecution(
      BigDecimal filled, BigDecimal avgPrice, String exchangeId, Instant now) {
    return new Order(
        orderId, accountId, request, exchangeClientId, state, sameOrNew(filledQuantity, filled),
        sameOrNew(averagePrice, avgPrice), fee, feeAsset,
        exchangeId == null ? exchangeOrderId : exchangeId, rejectReason, createdAt, now);
  }

  private static BigDecimal sameOrNew(BigDecimal held, BigDecimal reported) {
    return held != null && reported != null && held.compareTo(reported) == 0 ? held : reported;
  }

  /** This order under amended terms (new price and/or quantity), as of {@code now}. */
  public Order withRequest(OrderRequest amended, Instant now) {
    return new Order(
        orderId, accountId, amended, exchangeClientId, state, filledQuantity, averagePrice, fee,
        feeAsset, exchangeOrderId, rejectReason, createdAt, now);
  }

  /** This order with a fee charged on top of what it paid before. */
  public Order withFeeAdded(BigDecimal amount, String asset) {
    return new Order(
        orderId, accountId, request, exchangeClientId, state, filledQuantity, averagePrice,
        fee.add(amount), asset, exchangeOrderId, rejectReason, createdAt, updatedAt);
  }

  /** This order with the reason it was refused or expired. */
  public Order withRejectReason(String reason) {
    return new Order(
        orderId, accountId, request, exchangeClientId, state, filledQuantity, averagePrice, fee,
        feeAsset, exchangeOrderId, reason, createdAt, updatedAt);
  }
}
