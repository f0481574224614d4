package io.oes.store.jdbc;

import static io.oes.store.jdbc.TestOrders.T0;
import static io.oes.store.jdbc.TestOrders.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetOrders filters, newest-first pagination and failing writes, on each real database. */
abstract class JdbcOrderStoreQueryContractTest extends JdbcOrderStoreContractTest {

  private static OrderQuery all(int limit) {
    return new OrderQuery(null, null, null, null, null, limit, null);
  }

  @Test
  void filtersByUserSymbolStateAndCreationTime() throws Exception {
    store.append(orders.created(limitOrder("Q1", "alice", "BTCUSDT", T0)));
    store.append(orders.created(limitOrder("Q2", "alice", "ETHUSDT", T0.plusSeconds(10))));
    store.append(orders.created(limitOrder("Q3", "bob", "BTCUSDT", T0.plusSeconds(20))));
    store.append(orders.moved(limitOrder("Q4", "bob", "BTCUSDT", T0.plusSeconds(30)),
        OrderState.CANCELED, UpdateType.CANCELED));
    store.flush();

    assertThat(ids(new OrderQuery("alice", null, null, null, null, 10, null)))
        .containsExactly("Q2", "Q1");
    assertThat(ids(new OrderQuery(null, "BTCUSDT", null, null, null, 10, null)))
        .containsExactly("Q4", "Q3", "Q1");
    assertThat(ids(new OrderQuery("bob", "BTCUSDT", OrderState.NEW, null, null, 10, null)))
        .containsExactly("Q3");
    assertThat(ids(new OrderQuery(null, null, OrderState.CANCELED, null, null, 10, null)))
        .containsExactly("Q4");
    assertThat(ids(new OrderQuery(null, null, null, T0.plusSeconds(10), T0.plusSeconds(20), 10,
        null))).containsExactly("Q3", "Q2");
  }

  @Test
  void pagesNewestFirstUntilTheLastPage() throws Exception {
    for (int i = 0; i < 25; i++) {
      // pairs share a creation time: the order id breaks the tie
      store.append(orders.created(limitOrder("P%02d".formatted(i), "alice", "BTCUSDT",
          T0.plusMillis(i / 2))));
    }
    store.flush();

    assertThat(allPages(10)).containsExactlyElementsOf(expectedNewestFirst(25));
  }

  @Test
  void pagesIncludeOrdersNotYetCommitted() throws Exception {
    for (int i = 0; i < 25; i++) {
      Order order = limitOrder("P%02d".formatted(i), "alice", "BTCUSDT", T0.plusMillis(i / 2));
      store.append(orders.created(order));
      if (i == 12) {
        store.flush();
      }
    }

    assertThat(allPages(7)).containsExactlyElementsOf(expectedNewestFirst(25));
    assertThat(ids(new OrderQuery(null, null, OrderState.NEW, null, null, 100, null)))
        .hasSize(25);
  }

  @Test
  void keepsAFailedBatchAndRetriesUntilItCommits() throws Exception {
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      st.execute("ALTER TABLE order_events RENAME TO order_events_away");
      for (int i = 0; i < 20; i++) {
        store.append(orders.created(limitOrder("W%02d".formatted(i), "alice", "BTCUSDT", T0)));
      }
      assertThat(store.flush(Duration.ofMillis(500))).isFalse();
      assertThat(store.writesFailing()).isTrue();
      StoreHealth failing = store.health();
      assertThat(failing.healthy()).isFalse();
      assertThat(failing.backlog()).isEqualTo(20);
      assertThat(store.findById("W05")).isPresent();

      st.execute("ALTER TABLE order_events_away RENAME TO order_events");
    }
    assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
    assertThat(store.writesFailing()).isFalse();
    assertThat(store.journalAfter(0, 100)).hasSize(20);
    assertThat(store.health().healthy()).isTrue();
  }

  private List<String> ids(OrderQuery query) {
    return store.find(query).orders().stream().map(Order::orderId).toList();
  }

  private List<String> allPages(int pageSize) {
    List<String> seen = new ArrayList<>();
    OrderQuery.PageCursor cursor = null;
    do {
      OrderPage page = store.find(new OrderQuery(null, null, null, null, null, pageSize, cursor));
      assertThat(page.orders().size()).isLessThanOrEqualTo(pageSize);
      page.orders().forEach(o -> seen.add(o.orderId()));
      cursor = page.next();
    } while (cursor != null);
    return seen;
  }

  private static List<String> expectedNewestFirst(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      ids.add("P%02d".formatted(i));
    }
    return ids;
  }
}
