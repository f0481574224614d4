package io.oes.core.order;

/**
 * A client's idempotency key: its client order id, scoped to its user (two users may use the
 * same client order id). A user id of null and an empty one are the same user.
 */
public record ClientOrderKey(String userId, String clientOrderId) {

  public ClientOrderKey {
    userId = userId == null ? "" : userId;
  }

  public static ClientOrderKey of(Order order) {
    return new ClientOrderKey(order.userId(), order.clientOrderId());
  }
}
