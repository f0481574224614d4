package io.oes.store.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.store.jdbc.PostgresSchema;
import io.oes.store.jdbc.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Leases between instances on the PostgreSQL server of this machine, in a schema of its own.
 * Advisory locks and sessions belong to the whole database, not to a schema, so every test
 * names its own accounts and instances.
 */
class AccountLeasesTest {
  private static final Duration TTL = Duration.ofSeconds(30);
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String KEY = "9f86d081884c7d659a2feaa0c55ad015"
      + "a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String OTHER_KEY = "60303ae22b998861bce3b28f33eec1be"
      + "758a213c86c93c076dbe9f558c11c752";

  private static PostgresSchema schema;

  private final String run = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
  private final String alpha = "alpha-" + run;
  private final String beta = "beta-" + run;
  private final List<AccountLeases> opened = new ArrayList<>();

  @BeforeAll
  static void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_lease_test_");
    JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "").close();
  }

  @AfterAll
  static void dropSchema() throws Exception {
    schema.drop();
  }

  @AfterEach
  void closeInstances() {
    opened.forEach(AccountLeases::close);
  }

  @Test
  void oneInstanceHoldsAnAccountAndNoOtherCanTakeIt() {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);

    assertThat(a.tryAcquire(alpha, KEY)).hasValue(1);
    assertThat(b.tryAcquire(alpha, KEY)).isEmpty();
    assertThat(a.tryAcquire(alpha, KEY)).hasValue(1);

    assertThat(a.holds(alpha)).isTrue();
    assertThat(a.fence(alpha)).hasValue(1);
    assertThat(b.holds(alpha)).isFalse();
    LeaseHolder holder = b.holders().get(alpha);
    assertThat(holder.owner()).isEqualTo(name("a"));
    assertThat(holder.address()).isEqualTo(name("a") + ":9090");
    assertThat(holder.fence()).isEqualTo(1);
    assertThat(holder.held()).isTrue();
  }

  @Test
  void anotherInstanceTakesTheAccountAtOnceWhenTheOwnerCloses() {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);
    a.tryAcquire(alpha, KEY);

    a.close();

    assertThat(b.tryAcquire(alpha, KEY)).hasValue(2);
    assertThat(b.holders().get(alpha).owner()).isEqualTo(name("b"));
  }

  @Test
  void anotherInstanceTakesTheAccountWhenTheOwnersSessionIsKilled() throws Exception {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);
    a.tryAcquire(alpha, KEY);

    try (Connection admin = DriverManager.getConnection(schema.url(), PostgresSchema.USER, "");
        PreparedStatement st = admin.prepareStatement("SELECT pg_terminate_backend(pid)"
            + " FROM pg_stat_activity WHERE application_name = ?")) {
      st.setString(1, "oes-lease " + name("a"));
      st.execute();
    }

    assertThat(within(BOUND, () -> b.tryAcquire(alpha, KEY))).hasValue(2);
    assertThat(a.renew()).isFalse();
    assertThat(a.held()).isEmpty();
    assertThat(a.holds(alpha)).isFalse();
  }

  @Test
  void aFrozenOwnerLosesTheAccountAfterItsTtl() {
    Duration ttl = Duration.ofSeconds(1);
    AccountLeases a = instance("a", ttl);
    AccountLeases b = instance("b", TTL);
    assertThat(a.tryAcquire(alpha, KEY)).hasValue(1);
    assertThat(a.holds(alpha)).isTrue();

    // a renews no more, as if stopped: no call on it until b has the account
    await(ttl.plus(BOUND), () -> !a.holds(alpha));
    assertThat(within(BOUND, () -> b.tryAcquire(alpha, KEY))).hasValue(2);

    assertThat(a.holds(alpha)).isFalse();
    assertThat(a.renew()).isFalse();
    assertThat(a.held()).isEmpty();
    assertThat(a.tryAcquire(alpha, KEY)).as("on a new session").isEmpty();
    assertThat(a.tryAcquire(beta, KEY)).hasValue(1);
  }

  @Test
  void anInstanceWithAnotherApiKeyIsToldWhileTheOwnerHoldsTheAccount() {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);
    a.tryAcquire(alpha, KEY);

    assertThatThrownBy(() -> b.tryAcquire(alpha, OTHER_KEY))
        .isInstanceOf(LeaseConflictException.class)
        .hasMessageContaining(alpha)
        .hasMessageContaining(name("a"))
        .hasMessageContaining("different API keys");

    a.close();
    assertThat(b.tryAcquire(alpha, OTHER_KEY)).as("a key rotation").hasValue(2);
    assertThat(b.holders().get(alpha).apiKeySha256()).isEqualTo(OTHER_KEY);
  }

  @Test
  void aReleasedAccountIsTakenAtOnceWithAHigherFence() {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);
    a.tryAcquire(alpha, KEY);

    a.release(alpha);

    assertThat(a.holds(alpha)).isFalse();
    assertThat(a.fence(alpha)).isEmpty();
    assertThat(b.holders().get(alpha).held()).as("free").isFalse();
    assertThat(b.tryAcquire(alpha, KEY)).hasValue(2);
    assertThat(a.renew()).isTrue();
  }

  @Test
  void twoInstancesHoldTwoAccountsIndependently() {
    AccountLeases a = instance("a", TTL);
    AccountLeases b = instance("b", TTL);

    assertThat(a.tryAcquire(alpha, KEY)).hasValue(1);
    assertThat(b.tryAcquire(beta, OTHER_KEY)).hasValue(1);

    assertThat(a.renew()).isTrue();
    assertThat(b.renew()).isTrue();
    assertThat(a.held()).containsExactly(alpha);
    assertThat(b.held()).containsExactly(beta);
    assertThat(a.holds(beta)).isFalse();
    assertThat(b.holds(alpha)).isFalse();
    assertThat(a.holders()).containsKeys(alpha, beta);
    assertThat(a.holders().get(beta).owner()).isEqualTo(name("b"));
  }

  @Test
  void anUnreachableServerIsNamedWithoutItsPassword() {
    assertThatThrownBy(() -> AccountLeases.open(
        "postgres://oes:secret@127.0.0.1:1/test", null, null, "a", "a:9090", TTL))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("secret");
  }

  private AccountLeases instance(String owner, Duration ttl) {
    AccountLeases leases = AccountLeases.open(schema.url(), PostgresSchema.USER, "",
        name(owner), name(owner) + ":9090", ttl);
    opened.add(leases);
    return leases;
  }

  private String name(String owner) {
    return owner + "-" + run;
  }

  private static void await(Duration bound, BooleanSupplier condition) {
    assertThat(within(bound,
        () -> condition.getAsBoolean() ? OptionalLong.of(0) : OptionalLong.empty()))
        .as("within " + bound).isPresent();
  }

  /** Polls {@code probe} until it has a value, failing once {@code bound} has passed. */
  private static OptionalLong within(Duration bound, Supplier<OptionalLong> probe) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      OptionalLong value = probe.get();
      if (value.isPresent() || System.nanoTime() > deadline) {
        return value;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
    }
  }
}
