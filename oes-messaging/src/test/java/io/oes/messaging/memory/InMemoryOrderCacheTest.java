package io.oes.messaging.memory;

import static io.oes.messaging.TestEvents.T0;
import static io.oes.messaging.TestEvents.limitOrder;
import static io.oes.messaging.TestEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InMemoryOrderCacheTest {
  private final InMemoryOrderCache cache = new InMemoryOrderCache(3);

  private static Order ofUser(String userId, String clientOrderId) {
    OrderRequest request = new OrderRequest(userId, clientOrderId, "BTCUSDT", Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, new BigDecimal("0.015"), new BigDecimal("40000.1"),
        null, false, false);
    return Order.accepted(uniqueId(), "main", request, "oes-", T0);
  }

  @Test
  void holdsTheOrderItselfByIdAndByClientOrderId() {
    Order order = limitOrder(uniqueId(), "BTCUSDT");
    cache.put(order);

    assertThat(cache.get(order.orderId())).containsSame(order);
    assertThat(cache.getByClientOrderId("alice", order.clientOrderId())).containsSame(order);
    assertThat(cache.get(uniqueId())).isEmpty();
  }

  @Test
  void aClientOrderIdIsScopedToItsUser() {
    Order alices = ofUser("alice", "same-id");
    Order bobs = ofUser("bob", "same-id");
    cache.put(alices);
    cache.put(bobs);

    assertThat(cache.getByClientOrderId("alice", "same-id")).containsSame(alices);
    assertThat(cache.getByClientOrderId("bob", "same-id")).containsSame(bobs);
    assertThat(cache.getByClientOrderId("carol", "same-id")).isEmpty();
  }

  @Test
  void aNullUserAndAnEmptyOneAreTheSameUser() {
    Order anonymous = ofUser(null, "anon-1");
    cache.put(anonymous);

    assertThat(cache.getByClientOrderId("", "anon-1")).containsSame(anonymous);
    assertThat(cache.getByClientOrderId(null, "anon-1")).containsSame(anonymous);
  }

  @Test
  void theNewestStateReplacesTheOldUnderBothKeys() {
    Order order = limitOrder(uniqueId(), "BTCUSDT");
    Order canceled = order.withState(OrderState.CANCELED, T0.plusSeconds(1));
    cache.put(order);
    cache.put(canceled);

    assertThat(cache.get(order.orderId())).containsSame(canceled);
    assertThat(cache.getByClientOrderId("alice", order.clientOrderId())).containsSame(canceled);
  }

  @Test
  void pastItsCapacityTheLeastRecentlyWrittenIsDroppedFromBothKeys() {
    Order first = limitOrder(uniqueId(), "BTCUSDT");
    Order second = limitOrder(uniqueId(), "BTCUSDT");
    cache.put(first);
    cache.put(second);
    cache.put(first);
    cache.put(limitOrder(uniqueId(), "ETHUSDT"));
    cache.put(limitOrder(uniqueId(), "ETHUSDT"));

    assertThat(cache.get(second.orderId())).isEmpty();
    assertThat(cache.getByClientOrderId("alice", second.clientOrderId())).isEmpty();
    assertThat(cache.get(first.orderId())).containsSame(first);
    assertThat(cache.getByClientOrderId("alice", first.clientOrderId())).containsSame(first);
  }

  @Test
  void anEvictedOrderLeavesAnotherUsersOrderOfTheSameClientIdInPlace() {
    Order alices = ofUser("alice", "shared");
    Order bobs = ofUser("bob", "shared");
    cache.put(alices);
    cache.put(bobs);
    cache.put(limitOrder(uniqueId(), "ETHUSDT"));
    cache.put(limitOrder(uniqueId(), "ETHUSDT"));

    assertThat(cache.getByClientOrderId("alice", "shared")).isEmpty();
    assertThat(cache.getByClientOrderId("bob", "shared")).containsSame(bobs);
  }
}
