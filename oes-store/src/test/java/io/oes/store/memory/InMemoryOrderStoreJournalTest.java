package io.oes.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryOrderStoreJournalTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static OrderEvent event(long sequence) {
    OrderRequest request = new OrderRequest("u1", "c" + sequence, "BTCUSDT", Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, BigDecimal.ONE, new BigDecimal("40000"), null, false,
        false);
    return new OrderEvent(sequence, Order.accepted("O" + sequence, "main", request, "oes-", T0),
        UpdateType.CREATED, null, T0);
  }

  @Test
  void servesEveryEventAfterASequenceInOrderAPageAtATime() {
    InMemoryOrderStore store = new InMemoryOrderStore();
    assertThat(store.oldestSequence()).isZero();
    for (long s = 7; s <= 12; s++) {
      store.append(event(s));
    }

    assertThat(store.oldestSequence()).isEqualTo(7);
    assertThat(store.eventsAfter(8, 2)).extracting(OrderEvent::sequence).containsExactly(9L, 10L);
    assertThat(store.eventsAfter(10, 100)).extracting(OrderEvent::sequence)
        .containsExactly(11L, 12L);
    assertThat(store.eventsAfter(12, 100)).isEmpty();
  }

  @Test
  void anEventCountsAsCommittedOnceItIsAppended() {
    InMemoryOrderStore store = new InMemoryOrderStore();
    store.append(event(1));
    var second = store.whenCommitted(2);

    assertThat(store.whenCommitted(1)).isDone();
    assertThat(second).isNotDone();
    store.append(event(2));
    assertThat(second).isDone();
  }
}
