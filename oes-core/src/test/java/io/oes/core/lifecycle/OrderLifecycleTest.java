package io.oes.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.order.OrderState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderLifecycleTest {
  /** One event of each kind; a reported one names FILLED, which the table does not look at. */
  private static final Map<String, LifecycleEvent> EVENTS = Map.of(
      "Admitted", new LifecycleEvent.Admitted(),
      "Reported", new LifecycleEvent.Reported(OrderState.FILLED),
      "ReportedLate", new LifecycleEvent.ReportedLate(OrderState.FILLED),
      "OutcomeLost", new LifecycleEvent.OutcomeLost(),
      "NotSent", new LifecycleEvent.NotSent(),
      "NeverArrived", new LifecycleEvent.NeverArrived(),
      "Amended", new LifecycleEvent.Amended(),
      "TradeApplied", new LifecycleEvent.TradeApplied());

  /** The whole table: every (state, event) pair not listed leads nowhere. */
  private static final String TABLE = """
      NEW              Reported     SUBMITTED PARTIALLY_FILLED FILLED CANCELED REJECTED EXPIRED
      UNKNOWN          Reported     SUBMITTED PARTIALLY_FILLED FILLED CANCELED REJECTED EXPIRED
      SUBMITTED        Reported     SUBMITTED PARTIALLY_FILLED FILLED CANCELED EXPIRED
      PARTIALLY_FILLED Reported     PARTIALLY_FILLED FILLED CANCELED EXPIRED
      REJECTED         ReportedLate SUBMITTED PARTIALLY_FILLED FILLED CANCELED EXPIRED
      NEW              OutcomeLost  UNKNOWN
      NEW              NotSent      REJECTED
      NEW              NeverArrived REJECTED
      UNKNOWN          NeverArrived REJECTED
      SUBMITTED        Amended      SUBMITTED
      PARTIALLY_FILLED Amended      PARTIALLY_FILLED
      NEW              TradeApplied NEW
      UNKNOWN          TradeApplied UNKNOWN
      SUBMITTED        TradeApplied SUBMITTED
      PARTIALLY_FILLED TradeApplied PARTIALLY_FILLED
      FILLED           TradeApplied FILLED
      CANCELED         TradeApplied CANCELED
      REJECTED         TradeApplied REJECTED
      EXPIRED          TradeApplied EXPIRED
      """;

  @Test
  void everyStateAndEventLeadsExactlyWhereTheTableSays() {
    Map<String, Set<OrderState>> expected = new HashMap<>();
    for (String row : TABLE.strip().split("\n")) {
      List<String> cells = Arrays.asList(row.trim().split("\\s+"));
      expected.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size()).stream()
          .map(OrderState::valueOf).collect(Collectors.toCollection(
              () -> EnumSet.noneOf(OrderState.class))));
    }
    for (OrderState from : OrderState.values()) {
      for (Map.Entry<String, LifecycleEvent> event : EVENTS.entrySet()) {
        assertThat(OrderLifecycle.targets(from, event.getValue()))
            .as("%s on %s", from, event.getKey())
            .isEqualTo(expected.getOrDefault(from + " " + event.getKey(), Set.of()));
      }
    }
  }

  @ParameterizedTest(name = "{0} reported {1}: {2}")
  @CsvSource({
      "NEW, SUBMITTED, true",
      "NEW, FILLED, true",
      "NEW, NEW, false",
      "SUBMITTED, REJECTED, false",
      "PARTIALLY_FILLED, SUBMITTED, false",
      "FILLED, CANCELED, false",
      "CANCELED, FILLED, false",
      "REJECTED, SUBMITTED, false",
  })
  void aReportLeadsToTheReportedStateWhereTheTableAllowsIt(OrderState from, OrderState reported,
      boolean allowed) {
    LifecycleEvent event = new LifecycleEvent.Reported(reported);
    if (allowed) {
      assertThat(OrderLifecycle.next("O1", from, event)).isEqualTo(reported);
    } else {
      assertThatThrownBy(() -> OrderLifecycle.next("O1", from, event))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Test
  void onlyTheExchangesLateWordLeadsOutOfAFinalState() {
    assertThat(OrderLifecycle.next("O1", OrderState.REJECTED,
        new LifecycleEvent.ReportedLate(OrderState.SUBMITTED))).isEqualTo(OrderState.SUBMITTED);
    assertThatThrownBy(() -> OrderLifecycle.next("O1", OrderState.CANCELED,
        new LifecycleEvent.ReportedLate(OrderState.SUBMITTED)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void onlyAnAdmissionStartsAnOrder() {
    assertThat(OrderLifecycle.next("O1", null, new LifecycleEvent.Admitted()))
        .isEqualTo(OrderState.NEW);
    assertThatThrownBy(() -> OrderLifecycle.next("O1", null,
        new LifecycleEvent.Reported(OrderState.SUBMITTED)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> OrderLifecycle.next("O1", OrderState.NEW,
        new LifecycleEvent.Admitted()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void anImpossibleMoveNamesTheOrderBothStatesAndTheEvent() {
    assertThatThrownBy(() -> OrderLifecycle.next("O1", OrderState.FILLED,
        new LifecycleEvent.Reported(OrderState.CANCELED)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("O1")
        .hasMessageContaining("FILLED")
        .hasMessageContaining("CANCELED")
        .hasMessageContaining("Reported");
  }
}
