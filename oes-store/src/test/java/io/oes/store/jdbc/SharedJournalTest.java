package io.oes.store.jdbc;

import static io.oes.store.jdbc.TestOrders.T0;
import static io.oes.store.jdbc.TestOrders.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.AccountFencedException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL journal (a schema of its own), each owning its accounts
 * under a fence: one gap-free sequence across both, and a former owner whose fence was raised
 * writes nothing more.
 */
class SharedJournalTest {
  private PostgresSchema schema;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_shared_journal_test_");
    JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "").close();
  }

  @AfterEach
  void dropSchema() throws Exception {
    for (AutoCloseable store : open) {
      store.close();
    }
    schema.drop();
  }

  @Test
  void twoInstancesWritingAtOnceShareOneGapFreeSequenceAndKeepEachOnesOrder() throws Exception {
    JdbcOrderStore a = instance(lease("alpha", 1));
    JdbcOrderStore b = instance(lease("beta", 1));
    // each numbers its own events from the same start, as two gateways started together do
    TestOrders alpha = new TestOrders(a.lastSequence());
    TestOrders beta = new TestOrders(b.lastSequence());
    int each = 200;
    Thread other = Thread.ofPlatform().start(() -> appendAll(b, beta, "beta", each));
    appendAll(a, alpha, "alpha", each);
    other.join();
    a.whenCommitted(alpha.lastSequence()).get(10, TimeUnit.SECONDS);
    b.whenCommitted(beta.lastSequence()).get(10, TimeUnit.SECONDS);

    List<OrderEvent> journal = a.committedAfter(0, 10 * each);
    assertThat(journal).extracting(OrderEvent::sequence)
        .containsExactlyElementsOf(range(1, 2 * each));
    for (String account : List.of("alpha", "beta")) {
      assertThat(journal).filteredOn(e -> e.order().accountId().equals(account))
          .extracting(e -> e.order().orderId())
          .containsExactlyElementsOf(range(0, each - 1).stream()
              .map(i -> account + "-" + i).toList());
    }
    assertThat(b.findById("alpha-7")).get().extracting(o -> o.accountId()).isEqualTo("alpha");
  }

  @Test
  void aFormerOwnerWhoseFenceWasRaisedWritesNothingMoreAndItsWaitersFail() throws Exception {
    AccountFences fences = lease("alpha", 1);
    List<String> lost = new CopyOnWriteArrayList<>();
    fences.onFenced((account, why) -> lost.add(account + ": " + why));
    JdbcOrderStore a = instance(fences);
    TestOrders events = new TestOrders(a.lastSequence());
    OrderEvent before = events.created(limitOrder("alpha", "o-1", "u", "BTCUSDT", T0));
    a.append(before);
    a.whenCommitted(before.sequence()).get(10, TimeUnit.SECONDS);

    setFence("alpha", 2); // another instance took the lease over
    OrderEvent after = events.created(limitOrder("alpha", "o-2", "u", "BTCUSDT", T0));
    a.append(after);
    assertThatThrownBy(() -> a.whenCommitted(after.sequence()).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(AccountFencedException.class)
        .hasMessageContaining("account alpha is no longer owned by this instance")
        .hasMessageContaining("its fence is 2");
    OrderEvent later = events.created(limitOrder("alpha", "o-3", "u", "BTCUSDT", T0));
    a.append(later);
    assertThatThrownBy(() -> a.whenCommitted(later.sequence()).join())
        .hasCauseInstanceOf(AccountFencedException.class);

    assertThat(a.committedAfter(0, 10)).extracting(e -> e.order().orderId())
        .containsExactly("o-1");
    assertThat(a.findById("o-2")).isEmpty();
    assertThat(lost).singleElement().asString().startsWith("alpha: its fence is 2");
  }

  @Test
  void theEventsOfAnAccountStillHeldCommitBesideThoseRefused() throws Exception {
    AccountFences fences = lease("alpha", 1);
    fences.hold("beta", 1);
    insertLease("beta", 1);
    JdbcOrderStore a = instance(fences);
    TestOrders events = new TestOrders(a.lastSequence());
    setFence("alpha", 2);
    OrderEvent refused = events.created(limitOrder("alpha", "o-a", "u", "BTCUSDT", T0));
    OrderEvent kept = events.created(limitOrder("beta", "o-b", "u", "BTCUSDT", T0));
    a.append(refused);
    a.append(kept);

    a.whenCommitted(kept.sequence()).get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> a.whenCommitted(refused.sequence()).join())
        .hasCauseInstanceOf(AccountFencedException.class);
    assertThat(a.committedAfter(0, 10)).extracting(e -> e.order().orderId())
        .containsExactly("o-b");
  }

  @Test
  void anAccountNeverLeasedIsNotWritten() throws Exception {
    JdbcOrderStore a = instance(lease("alpha", 1));
    TestOrders events = new TestOrders(a.lastSequence());
    OrderEvent stray = events.created(limitOrder("gamma", "o-g", "u", "BTCUSDT", T0));
    a.append(stray);
    assertThatThrownBy(() -> a.whenCommitted(stray.sequence()).join())
        .hasCauseInstanceOf(AccountFencedException.class)
        .hasMessageContaining("this instance holds no lease on it");
  }

  @Test
  void aHeadBehindItsJournalStopsTheStoreFromOpening() throws Exception {
    JdbcOrderStore a = instance(lease("alpha", 1));
    TestOrders events = new TestOrders(a.lastSequence());
    OrderEvent written = events.created(limitOrder("alpha", "o-1", "u", "BTCUSDT", T0));
    a.append(written);
    a.whenCommitted(written.sequence()).get(10, TimeUnit.SECONDS);
    update("UPDATE journal_head SET last_sequence = 0");

    assertThatThrownBy(() -> JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, ""))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the journal holds sequence 1 but its head (journal_head) says 0");
  }

  private static void appendAll(JdbcOrderStore store, TestOrders events, String account,
      int count) {
    for (int i = 0; i < count; i++) {
      store.append(events.created(limitOrder(account, account + "-" + i, "u-" + account,
          "BTCUSDT", T0)));
    }
  }

  private static List<Long> range(long from, long to) {
    List<Long> all = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      all.add(i);
    }
    return all;
  }

  private JdbcOrderStore instance(AccountFences fences) {
    JdbcOrderStore store = JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "",
        JdbcStoreOptions.defaults().withPoolSize(2).withBatchSize(7), fences);
    open.add(store);
    return store;
  }

  /** Fences holding {@code account} under {@code fence}, as the lease's owner writes it. */
  private AccountFences lease(String account, long fence) throws SQLException {
    insertLease(account, fence);
    AccountFences fences = AccountFences.enforced(Duration.ofSeconds(5));
    fences.hold(account, fence);
    return fences;
  }

  private void insertLease(String account, long fence) throws SQLException {
    update("INSERT INTO account_leases (account_id, fence, owner, address, api_key_sha256,"
        + " acquired_at) VALUES (?, ?, 'test', 'localhost:0', 'k', now())", account, fence);
  }

  private void setFence(String account, long fence) throws SQLException {
    update("UPDATE account_leases SET fence = ? WHERE account_id = ?", fence, account);
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = DriverManager.getConnection(schema.url(), PostgresSchema.USER, "");
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      st.executeUpdate();
    }
  }
}
