package io.oes.store.jdbc;

import static io.oes.store.jdbc.TestOrders.T0;
import static io.oes.store.jdbc.TestOrders.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.AccountHistory.OrderCount;
import io.oes.core.port.AccountHistory.StoredFill;
import io.oes.core.risk.TradingState;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kill switch's saved state and the start-up history, on each real database. */
abstract class AccountStateContractTest {
  private JdbcOrderStore store;
  private TestOrders orders;

  protected abstract JdbcOrderStore openStore();

  protected abstract Connection rawConnection() throws Exception;

  @BeforeEach
  void openEmptyStore() throws Exception {
    store = openStore();
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM account_state");
      st.execute("DELETE FROM fills");
      st.execute("DELETE FROM order_events");
      st.execute("DELETE FROM orders");
    }
    orders = new TestOrders(store.lastSequence());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aSavedHaltIsReadBackWithWhoAndWhyAfterReopening() {
    TradingState halted = new TradingState(TradingState.Mode.HALTED, "exchange incident",
        "ops@desk", T0);
    store.accountState().save(halted);
    store.close();

    store = openStore();

    assertThat(store.accountState().load()).contains(halted);
  }

  @Test
  void aResumeReplacesTheHalt() {
    store.accountState().save(new TradingState(TradingState.Mode.HALTED, "drill", "ops", T0));
    TradingState resumed = new TradingState(TradingState.Mode.ACTIVE, "resumed", "ops",
        T0.plusSeconds(60));
    store.accountState().save(resumed);

    assertThat(store.accountState().load()).contains(resumed);
  }

  @Test
  void nothingSavedReadsAsEmpty() {
    assertThat(store.accountState().load()).isEmpty();
  }

  @Test
  void aStoreThatCannotCommitRefusesToSave() {
    JdbcAccountState state = store.accountState();
    store.close();

    assertThatThrownBy(() -> state.save(
        new TradingState(TradingState.Mode.HALTED, "drill", "ops", T0)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("saving the trading state failed");
  }

  @Test
  void fillsComeBackInJournalOrderWithAccountUserAndWhetherTheOrderIsOpen() throws Exception {
    Order done = limitOrder("F1", "alice", "BTCUSDT", T0);
    Order open = limitOrder("F2", "bob", "ETHUSDT", T0);
    store.append(orders.created(done));
    store.append(orders.created(open));
    store.append(orders.filled(done, "t1", "0.005", OrderState.PARTIALLY_FILLED));
    store.append(orders.filled(open, "t2", "0.001", OrderState.PARTIALLY_FILLED));
    store.append(orders.filled(store.findById("F1").orElseThrow(), "t3", "0.01",
        OrderState.FILLED));
    assertThat(store.flush(Duration.ofSeconds(10))).isTrue();

    List<StoredFill> fills = new ArrayList<>();
    store.accountState().forEachFill(fills::add);

    assertThat(fills).extracting(f -> f.fill().fillId()).containsExactly("t1", "t2", "t3");
    assertThat(fills.get(0).accountId()).isEqualTo("main");
    assertThat(fills.get(0).userId()).isEqualTo("alice");
    assertThat(fills.get(0).orderOpen()).isFalse();
    assertThat(fills.get(1).orderOpen()).isTrue();
    assertThat(fills.get(2).fill().quantity()).isEqualByComparingTo("0.01");
  }

  @Test
  void todaysOrdersAreCountedPerUserAndSplitByOpen() throws Exception {
    store.append(orders.created(limitOrder("D0", "alice", "BTCUSDT", T0.minusSeconds(86_400))));
    Order canceled = limitOrder("D1", "alice", "BTCUSDT", T0);
    store.append(orders.created(canceled));
    store.append(orders.moved(canceled, OrderState.CANCELED, UpdateType.CANCELED));
    store.append(orders.created(limitOrder("D2", "alice", "BTCUSDT", T0.plusSeconds(1))));
    store.append(orders.created(limitOrder("D3", "bob", "BTCUSDT", T0.plusSeconds(2))));
    assertThat(store.flush(Duration.ofSeconds(10))).isTrue();

    List<OrderCount> counts = store.accountState().ordersSince(T0.minusSeconds(3600));

    assertThat(counts).containsExactlyInAnyOrder(
        new OrderCount("main", "alice", false, 1),
        new OrderCount("main", "alice", true, 1),
        new OrderCount("main", "bob", true, 1));
  }
}
