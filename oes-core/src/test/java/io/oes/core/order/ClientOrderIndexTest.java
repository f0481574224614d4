package io.oes.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ClientOrderIndexTest {
  private final ClientOrderIndex<String> index = byUserOfValue();

  /** Values name their user: "user/anything". */
  private static ClientOrderIndex<String> byUserOfValue() {
    return new ClientOrderIndex<>(value -> value.substring(0, value.indexOf('/')));
  }

  @Test
  void aValueIsFoundByItsUserAndClientOrderIdOnly() {
    index.put("alice", "c1", "alice/1");

    assertThat(index.get("alice", "c1")).isEqualTo("alice/1");
    assertThat(index.get("bob", "c1")).isNull();
    assertThat(index.get("alice", "c2")).isNull();
  }

  @Test
  void twoUsersOfOneClientOrderIdEachKeepTheirOwn() {
    index.put("alice", "c1", "alice/1");
    index.put("bob", "c1", "bob/1");

    assertThat(index.get("alice", "c1")).isEqualTo("alice/1");
    assertThat(index.get("bob", "c1")).isEqualTo("bob/1");
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void removingOneUsersEntryLeavesTheOthersOfTheSameId() {
    index.put("alice", "c1", "alice/1");
    index.put("bob", "c1", "bob/1");

    index.remove("alice", "c1");

    assertThat(index.get("alice", "c1")).isNull();
    assertThat(index.get("bob", "c1")).isEqualTo("bob/1");
    index.remove("bob", "c1");
    assertThat(index.size()).isZero();
  }

  @Test
  void anEntryFiledAsideAndWrittenAgainIsNotShadowedByItsOldValue() {
    index.put("alice", "c1", "alice/1");
    index.put("bob", "c1", "bob/1");
    index.remove("alice", "c1");
    index.put("bob", "c1", "bob/2");
    index.remove("bob", "c1");

    assertThat(index.get("bob", "c1")).isNull();
    assertThat(index.size()).isZero();
  }

  @Test
  void aNullUserAndAnEmptyOneAreTheSameUser() {
    ClientOrderIndex<String> anonymous = new ClientOrderIndex<>(value -> null);
    anonymous.put("", "c1", "v");

    assertThat(anonymous.get(null, "c1")).isEqualTo("v");
    anonymous.remove(null, "c1");
    assertThat(anonymous.get("", "c1")).isNull();
  }

  /** One step against the index and against a map keyed by ClientOrderKey. */
  record Step(boolean put, String user, String clientId, int version) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, true, false),
        Arbitraries.of("alice", "bob", "carol"), Arbitraries.of("c1", "c2", "c3"),
        Arbitraries.integers().between(0, 9)).as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Property
  void answersAsAMapKeyedByUserAndClientOrderId(@ForAll("steps") List<Step> steps) {
    ClientOrderIndex<String> index = byUserOfValue();
    Map<ClientOrderKey, String> expected = new HashMap<>();
    List<ClientOrderKey> keys = new ArrayList<>();
    for (Step step : steps) {
      ClientOrderKey key = new ClientOrderKey(step.user(), step.clientId());
      keys.add(key);
      if (step.put()) {
        String value = step.user() + "/" + step.version();
        index.put(step.user(), step.clientId(), value);
        expected.put(key, value);
      } else {
        index.remove(step.user(), step.clientId());
        expected.remove(key);
      }
    }
    for (ClientOrderKey key : keys) {
      assertThat(index.get(key.userId(), key.clientOrderId())).isEqualTo(expected.get(key));
    }
    assertThat(index.size()).isEqualTo(expected.size());
  }
}
