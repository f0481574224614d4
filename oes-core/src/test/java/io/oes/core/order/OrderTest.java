package io.oes.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  private static Order order() {
    OrderRequest request = new OrderRequest("u1", "c1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.010"), new BigDecimal("40000"), null, false, false);
    return Order.accepted("01JDXQ4Z5N8M7K6J5H4G3F2E1D", "main", request, "oes-", T0);
  }

  @Test
  void anAcceptedOrderCarriesTheExchangeClientIdOfItsIntent() {
    assertThat(order().exchangeClientId())
        .isEqualTo(ExchangeClientIds.of("oes-", "main", "u1", "c1"));
  }

  @Test
  void executionFiguresEqualInValueKeepTheHeldInstances() {
    Order order = order();
    Order acknowledged = order.withExecution(new BigDecimal("0.000"), new BigDecimal("0.00"),
        "42", T0.plusSeconds(1));

    assertThat(acknowledged.filledQuantity()).isSameAs(order.filledQuantity());
    assertThat(acknowledged.averagePrice()).isSameAs(order.averagePrice());
    assertThat(acknowledged.exchangeOrderId()).isEqualTo("42");
  }

  @Test
  void executionFiguresOfAnotherValueAreTaken() {
    BigDecimal filled = new BigDecimal("0.004");
    BigDecimal average = new BigDecimal("40000.5");

    Order partly = order().withExecution(filled, average, "42", T0.plusSeconds(1));

    assertThat(partly.filledQuantity()).isSameAs(filled);
    assertThat(partly.averagePrice()).isSameAs(average);
    assertThat(partly.remainingQuantity()).isEqualByComparingTo("0.006");
  }
}
