package io.oes.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.order.OrderState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderLifecycleTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "NEW, SUBMITTED, true",
      "NEW, PARTIALLY_FILLED, true",
      "NEW, FILLED, true",
      "NEW, CANCELED, true",
      "NEW, REJECTED, true",
      "NEW, EXPIRED, true",
      "NEW, NEW, false",
      "SUBMITTED, SUBMITTED, true",
      "SUBMITTED, PARTIALLY_FILLED, true",
      "SUBMITTED, FILLED, true",
      "SUBMITTED, CANCELED, true",
      "SUBMITTED, EXPIRED, true",
      "SUBMITTED, REJECTED, false",
      "SUBMITTED, NEW, false",
      "PARTIALLY_FILLED, PARTIALLY_FILLED, true",
      "PARTIALLY_FILLED, FILLED, true",
      "PARTIALLY_FILLED, CANCELED, true",
      "PARTIALLY_FILLED, EXPIRED, true",
      "PARTIALLY_FILLED, SUBMITTED, false",
      "PARTIALLY_FILLED, REJECTED, false",
      "FILLED, CANCELED, false",
      "FILLED, FILLED, false",
      "CANCELED, FILLED, false",
      "REJECTED, SUBMITTED, false",
      "EXPIRED, CANCELED, false",
  })
  void allowsExactlyTheTransitionsOfTheTable(OrderState from, OrderState to, boolean allowed) {
    assertThat(OrderLifecycle.allows(from, to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"FILLED", "CANCELED", "REJECTED", "EXPIRED"})
  void finalStatesHaveNoSuccessor(OrderState state) {
    assertThat(state.isFinal()).isTrue();
    assertThat(OrderLifecycle.successors(state)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anImpossibleMoveNamesBothStates() {
    assertThatThrownBy(() -> OrderLifecycle.check("O1", OrderState.FILLED, OrderState.CANCELED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("O1")
        .hasMessageContaining("FILLED")
        .hasMessageContaining("CANCELED");
  }
}
