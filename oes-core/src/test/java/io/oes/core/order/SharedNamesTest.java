package io.oes.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SharedNamesTest {

  private static OrderRequest request(String userId, String clientId, String symbol) {
    return new OrderRequest(userId, clientId, symbol, Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.010"), new BigDecimal("40000.5"), null, false, false);
  }

  @Test
  void anEqualNameIsAnsweredWithTheFirstInstance() {
    SharedNames names = new SharedNames();
    String first = new String("alice");
    String second = new String("alice");

    assertThat(names.share(first)).isSameAs(first);
    assertThat(names.share(second)).isSameAs(first);
  }

  @Test
  void nullStaysNull() {
    assertThat(new SharedNames().share((String) null)).isNull();
  }

  @Test
  void pastItsCapacityItForgetsAndStartsOver() {
    SharedNames names = new SharedNames(2);
    String a = new String("a");
    names.share(a);
    names.share("b");
    names.share("c");

    String anotherA = new String("a");
    assertThat(names.share(anotherA)).isSameAs(anotherA).isNotSameAs(a);
  }

  @Test
  void requestsOfOneUserAndSymbolShareTheirNames() {
    SharedNames names = new SharedNames();
    OrderRequest first = names.share(request(new String("u1"), "c1", new String("BTCUSDT")));
    OrderRequest second = names.share(request(new String("u1"), "c2", new String("BTCUSDT")));

    assertThat(second.userId()).isSameAs(first.userId());
    assertThat(second.symbol()).isSameAs(first.symbol());
  }

  @Test
  void aRequestWhoseNamesAreAlreadySharedIsKept() {
    SharedNames names = new SharedNames();
    OrderRequest first = names.share(request("u1", "c1", "BTCUSDT"));

    assertThat(names.share(first)).isSameAs(first);
  }

  @Test
  void namesOfAnotherValueAreRefused() {
    assertThatThrownBy(() -> request("u1", "c1", "BTCUSDT").withNames("u2", "BTCUSDT"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u2/BTCUSDT");
  }

  @Property
  void aSharedRequestEqualsTheOriginalInEveryField(
      @ForAll String userId, @ForAll String clientId, @ForAll String symbol) {
    SharedNames names = new SharedNames();
    names.share(new String(userId));
    names.share(new String(symbol));
    OrderRequest original = request(userId, clientId, symbol);

    OrderRequest shared = names.share(original);

    assertThat(shared).isEqualTo(original);
    assertThat(shared.sameParametersAs(original)).isTrue();
  }
}
