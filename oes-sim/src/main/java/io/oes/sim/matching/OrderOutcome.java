package io.oes.sim.matching;

import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.rejection.Rejection;

/** The answer of a matching engine to a place, cancel or query request. */
public sealed interface OrderOutcome {

  /** The request succeeded; {@code order} is what the HTTP response shows. */
  record Accepted(OrderSnapshot order) implements OrderOutcome {}

  /** The request was refused and changed nothing. */
  record Refused(Rejection rejection) implements OrderOutcome {}
}
