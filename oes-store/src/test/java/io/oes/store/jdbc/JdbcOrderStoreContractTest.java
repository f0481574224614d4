package io.oes.store.jdbc;

import static io.oes.store.jdbc.TestOrders.T0;
import static io.oes.store.jdbc.TestOrders.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.ExchangeClientIds;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every durable store keeps, run against each real database by a subclass. The
 * query, pagination and failure cases live in {@link JdbcOrderStoreQueryContractTest}.
 */
abstract class JdbcOrderStoreContractTest {
  protected JdbcOrderStore store;
  protected TestOrders orders;

  /** Opens a store on the class's database; called again to simulate a restart. */
  protected abstract JdbcOrderStore openStore();

  /** A plain connection to the same database, for setting up and breaking things. */
  protected abstract Connection rawConnection() throws Exception;

  @BeforeEach
  void openEmptyStore() throws Exception {
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM fills");
      st.execute("DELETE FROM order_events");
      st.execute("DELETE FROM orders");
    }
    store = openStore();
    orders = new TestOrders(store.lastSequence());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void findsAnOrderRightAfterAppendingIt() {
    Order order = limitOrder("A1", "alice", "BTCUSDT", T0);
    store.append(orders.created(order));

    assertThat(store.findById("A1")).contains(order);
    assertThat(store.findByClientOrderId("alice", "c-A1")).contains(order);
    assertThat(store.findById("nope")).isEmpty();
    assertThat(store.findByClientOrderId("bob", "c-A1")).isEmpty();
  }

  @Test
  void listsTheClientOrderIdOfEveryOrderCommittedOrStillPending() throws Exception {
    store.append(orders.created(limitOrder("K1", "alice", "BTCUSDT", T0)));
    store.append(orders.created(limitOrder("K2", "bob", "BTCUSDT", T0)));
    store.flush();
    store.append(orders.created(limitOrder("K3", "alice", "ETHUSDT", T0)));

    List<ClientOrderKey> keys = new ArrayList<>();
    store.forEachClientOrderKey(keys::add);

    assertThat(keys).contains(new ClientOrderKey("alice", "c-K1"),
        new ClientOrderKey("bob", "c-K2"), new ClientOrderKey("alice", "c-K3"));
  }

  @Test
  void keepsEveryFieldExactlyThroughTheDatabase() throws Exception {
    Order order = limitOrder("A2", "alice", "BTCUSDT", T0);
    OrderEvent fill = orders.filled(order, "T-1", "0.005", OrderState.PARTIALLY_FILLED);
    Order filled = fill.order().withRejectReason("none");
    store.append(new OrderEvent(fill.sequence(), filled, fill.type(), fill.fill(), fill.time()));
    store.flush();

    Order read = store.findById("A2").orElseThrow();
    assertThat(read).isEqualTo(filled);
    assertThat(read.request().price()).isEqualByComparingTo("40000.1");
    assertThat(read.filledQuantity()).isEqualTo(new java.math.BigDecimal("0.005"));
    assertThat(read.createdAt()).isEqualTo(T0);
    assertThat(store.findByClientOrderId("alice", "c-A2")).contains(filled);
  }

  @Test
  void journalsEveryEventInSequenceOrderWithItsFill() throws Exception {
    Order order = limitOrder("J1", "alice", "ETHUSDT", T0);
    OrderEvent created = orders.created(order);
    OrderEvent submitted = orders.moved(order, OrderState.SUBMITTED, UpdateType.SUBMITTED);
    OrderEvent partial = orders.filled(submitted.order(), "T-1", "0.005",
        OrderState.PARTIALLY_FILLED);
    OrderEvent full = orders.filled(partial.order(), "T-2", "0.01", OrderState.FILLED);
    List.of(created, submitted, partial, full).forEach(store::append);
    store.flush();

    List<OrderEvent> journal = store.journal("J1");
    assertThat(journal).extracting(OrderEvent::sequence)
        .containsExactly(created.sequence(), submitted.sequence(), partial.sequence(),
            full.sequence());
    assertThat(journal).extracting(OrderEvent::type).containsExactly(UpdateType.CREATED,
        UpdateType.SUBMITTED, UpdateType.PARTIALLY_FILLED, UpdateType.FILLED);
    assertThat(journal.get(2).fill()).isEqualTo(partial.fill());
    assertThat(journal.get(3).order()).isEqualTo(full.order());
    assertThat(store.fills("J1")).containsExactly(partial.fill(), full.fill());
    assertThat(store.findById("J1")).contains(full.order());
    assertThat(store.journalAfter(submitted.sequence(), 10)).containsExactly(partial, full);
  }

  @Test
  void servesCommittedEventsAfterASequenceAndNamesTheOldestStillHeld() throws Exception {
    assertThat(store.oldestSequence()).isZero();
    Order order = limitOrder("R1", "alice", "BTCUSDT", T0);
    OrderEvent created = orders.created(order);
    OrderEvent submitted = orders.moved(order, OrderState.SUBMITTED, UpdateType.SUBMITTED);
    OrderEvent canceled = orders.moved(submitted.order(), OrderState.CANCELED,
        UpdateType.CANCELED);
    List.of(created, submitted, canceled).forEach(store::append);
    store.flush();

    assertThat(store.eventsAfter(created.sequence() - 1, 2)).containsExactly(created, submitted);
    assertThat(store.eventsAfter(submitted.sequence(), 10)).containsExactly(canceled);
    assertThat(store.oldestSequence()).isEqualTo(created.sequence());

    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM order_events WHERE sequence <= " + submitted.sequence());
    }
    assertThat(store.oldestSequence()).isEqualTo(canceled.sequence());
  }

  @Test
  void reappendingTheSameEventsDuplicatesNothing() throws Exception {
    Order order = limitOrder("D1", "alice", "BTCUSDT", T0);
    OrderEvent created = orders.created(order);
    OrderEvent fill = orders.filled(order, "T-9", "0.015", OrderState.FILLED);
    List<OrderEvent> events = List.of(created, fill);
    events.forEach(store::append);
    events.forEach(store::append);
    store.flush();

    assertThat(store.journal("D1")).hasSize(2);
    assertThat(store.fills("D1")).hasSize(1);
    assertThat(store.findById("D1")).contains(fill.order());
  }

  @Test
  void anOlderEventNeverOverwritesANewerState() throws Exception {
    Order order = limitOrder("O1", "alice", "BTCUSDT", T0);
    OrderEvent created = orders.created(order);
    OrderEvent canceled = orders.moved(order, OrderState.CANCELED, UpdateType.CANCELED);
    store.append(created);
    store.append(canceled);
    store.flush();
    store.append(created);
    store.flush();

    assertThat(store.findById("O1").orElseThrow().state()).isEqualTo(OrderState.CANCELED);
  }

  @Test
  void historySurvivesARestartAndTheSequenceContinues() throws Exception {
    List<Order> appended = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Order order = limitOrder("R%03d".formatted(i), "alice", "BTCUSDT", T0.plusSeconds(i));
      store.append(orders.created(order));
      appended.add(order);
    }
    long last = store.lastSequence();
    store.close();

    store = openStore();
    assertThat(store.lastSequence()).isEqualTo(last);
    assertThat(store.findById("R007")).contains(appended.get(7));
    assertThat(store.journal("R049")).hasSize(1);
    assertThat(store.find(new OrderQuery(null, null, null, null, null, 100, null)).orders())
        .hasSize(50);
  }

  @Test
  void theSequenceContinuesAfterARestartEvenWithTheJournalPrunedToNothing() throws Exception {
    for (int i = 0; i < 5; i++) {
      store.append(orders.created(limitOrder("P%d".formatted(i), "alice", "BTCUSDT", T0)));
    }
    long last = store.lastSequence();
    store.close();
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM order_events");
    }

    store = openStore();
    assertThat(store.lastSequence()).isEqualTo(last);
    assertThat(store.oldestSequence()).isZero();
  }

  @Test
  void findOpenReturnsTheNonFinalOrdersOfOneAccount() throws Exception {
    Order open = limitOrder("F1", "alice", "BTCUSDT", T0);
    Order done = limitOrder("F2", "alice", "BTCUSDT", T0);
    Order other = Order.accepted("F3", "second", open.request().withClientOrderId("c-F3"),
        "oes-c-", T0);
    store.append(orders.created(open));
    store.append(orders.moved(done, OrderState.FILLED, UpdateType.FILLED));
    store.append(orders.created(other));
    store.flush();
    store.append(orders.moved(open, OrderState.SUBMITTED, UpdateType.SUBMITTED));

    assertThat(store.findOpen("main")).extracting(Order::orderId, Order::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("F1", OrderState.SUBMITTED));
  }

  @Test
  void openOrdersReadTogetherShareTheirNamesAndKeepTheirExchangeClientIds() throws Exception {
    store.append(orders.created(limitOrder("N1", "alice", "BTCUSDT", T0)));
    store.append(orders.created(limitOrder("N2", "alice", "BTCUSDT", T0)));
    store.flush();

    List<Order> open = store.findOpen("main");

    assertThat(open).extracting(Order::exchangeClientId).containsExactlyInAnyOrder(
        ExchangeClientIds.of("oes-c-", "main", "alice", "c-N1"),
        ExchangeClientIds.of("oes-c-", "main", "alice", "c-N2"));
    Order first = open.get(0);
    Order second = open.get(1);
    assertThat(second.accountId()).isSameAs(first.accountId());
    assertThat(second.userId()).isSameAs(first.userId());
    assertThat(second.symbol()).isSameAs(first.symbol());
  }

  @Test
  void findsAnOrderByTheClientIdTheExchangeKnowsItByPendingOrCommitted() throws Exception {
    Order committed = limitOrder("E1", "alice", "BTCUSDT", T0);
    store.append(orders.created(committed));
    store.flush();
    Order pending = limitOrder("E2", "alice", "BTCUSDT", T0);
    store.append(orders.created(pending));

    assertThat(store.findByExchangeClientId("main", committed.exchangeClientId()))
        .contains(committed);
    assertThat(store.findByExchangeClientId("main", pending.exchangeClientId()))
        .contains(pending);
    assertThat(store.findByExchangeClientId("other", committed.exchangeClientId())).isEmpty();
  }

  @Test
  void whenCommittedCompletesOnceTheEventIsInTheDatabase() throws Exception {
    OrderEvent created = orders.created(limitOrder("W1", "alice", "BTCUSDT", T0));
    store.append(created);

    store.whenCommitted(created.sequence()).get(10, TimeUnit.SECONDS);

    try (Connection c = rawConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT state FROM orders WHERE order_id = 'W1'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("NEW");
    }
    assertThat(store.whenCommitted(created.sequence())).isDone();
  }

  @Test
  void theTradeIdsOfAnOrdersFillsSurviveARestart() throws Exception {
    Order order = limitOrder("T1", "alice", "BTCUSDT", T0);
    store.append(orders.created(order));
    OrderEvent first = orders.filled(order, "trade-1", "0.005", OrderState.PARTIALLY_FILLED);
    store.append(first);
    store.append(orders.filled(first.order(), "trade-2", "0.010", OrderState.FILLED));
    store.flush();
    store.close();
    store = openStore();

    assertThat(store.fillIdsOf("T1")).containsExactlyInAnyOrder("trade-1", "trade-2");
    assertThat(store.fillIdsOf("nope")).isEmpty();
  }

  @Test
  void findsTheOrdersWhoseRecordedFillsFallShortOfWhatTheExchangeReportedFilled()
      throws Exception {
    Order shortOne = limitOrder("M1", "alice", "BTCUSDT", T0);
    store.append(orders.created(shortOne));
    OrderEvent nine = orders.filled(shortOne, "m1-a", "9", OrderState.PARTIALLY_FILLED);
    store.append(nine);
    // the exchange reports 10 filled; the trade of the last 1 never arrived (as text "10" < "9")
    store.append(orders.moved(nine.order().withExecution(new BigDecimal("10"),
        shortOne.request().price(), "x-M1", T0.plusSeconds(1)), OrderState.FILLED,
        UpdateType.FILLED));
    Order complete = limitOrder("M2", "alice", "BTCUSDT", T0);
    store.append(orders.created(complete));
    OrderEvent four = orders.filled(complete, "m2-a", "4", OrderState.PARTIALLY_FILLED);
    store.append(four);
    store.append(orders.filled(four.order(), "m2-b", "6", OrderState.FILLED));
    Order older = limitOrder("M3", "alice", "BTCUSDT", T0.minusSeconds(3600));
    store.append(orders.created(older));
    store.append(orders.moved(older.withExecution(new BigDecimal("1"), older.request().price(),
        "x-M3", T0), OrderState.FILLED, UpdateType.FILLED));
    store.flush();

    assertThat(store.findWithMissingFills("main", T0.minusSeconds(60)))
        .extracting(Order::orderId).containsExactly("M1");
    assertThat(store.findWithMissingFills("other", T0.minusSeconds(60))).isEmpty();
  }

  @Test
  void reportsItselfHealthyWithNothingWaiting() throws Exception {
    store.append(orders.created(limitOrder("H1", "alice", "BTCUSDT", T0)));
    assertThat(store.flush(Duration.ofSeconds(10))).isTrue();

    StoreHealth health = store.health();
    assertThat(health.healthy()).isTrue();
    assertThat(health.reachable()).isTrue();
    assertThat(health.backlog()).isZero();
    assertThat(health.message()).doesNotContain("password");
  }
}
