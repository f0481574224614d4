package io.oes.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ExchangeClientIdsTest {

  @Property
  void theSameIntentAlwaysGetsTheSameIdAndTheExchangeAcceptsIt(
      @ForAll @StringLength(max = 40) String account, @ForAll @StringLength(max = 40) String user,
      @ForAll @StringLength(max = 64) String clientOrderId) {
    String id = ExchangeClientIds.of("oes-", account, user, clientOrderId);

    assertThat(ExchangeClientIds.of("oes-", account, user, clientOrderId)).isEqualTo(id);
    assertThat(id).hasSizeLessThanOrEqualTo(36).matches("oes-[0-9A-Z]{26}");
  }

  @Property
  void anotherUserOrClientOrderIdGetsAnotherId(
      @ForAll @StringLength(max = 20) String user, @ForAll @StringLength(max = 20) String other,
      @ForAll @StringLength(max = 20) String clientOrderId) {
    if (user.equals(other)) {
      return;
    }
    assertThat(ExchangeClientIds.of("oes-", "main", user, clientOrderId))
        .isNotEqualTo(ExchangeClientIds.of("oes-", "main", other, clientOrderId));
    assertThat(ExchangeClientIds.of("oes-", "main", clientOrderId, user))
        .isNotEqualTo(ExchangeClientIds.of("oes-", "main", clientOrderId, other));
  }

  @Test
  void partsCannotShiftIntoEachOther() {
    assertThat(ExchangeClientIds.of("oes-", "main", "ab", "c"))
        .isNotEqualTo(ExchangeClientIds.of("oes-", "main", "a", "bc"));
    assertThat(ExchangeClientIds.of("oes-", "main", "u", "c"))
        .isNotEqualTo(ExchangeClientIds.of("oes-", "other", "u", "c"));
  }

  @Test
  void aNullUserIsTheEmptyUser() {
    assertThat(ExchangeClientIds.of("oes-", "main", null, "c"))
        .isEqualTo(ExchangeClientIds.of("oes-", "main", "", "c"));
  }

  @Test
  void aPrefixTooLongOrOutsideTheExchangesAlphabetIsRefusedSayingWhy() {
    assertThat(ExchangeClientIds.problemWithPrefix("oes-")).isNull();
    assertThat(ExchangeClientIds.problemWithPrefix("a-very-long-prefix"))
        .contains("'a-very-long-prefix'").contains("1 to 10 characters");
    assertThat(ExchangeClientIds.problemWithPrefix("oes#")).contains("'oes#'")
        .contains("A-Z a-z 0-9 . : / _ -");
  }
}
