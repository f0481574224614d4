package io.oes.sim.matching;

import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.rejection.Rejection;

/** The answer of a matching engine to a conditional-order request. */
public sealed interface AlgoOutcome {

  /** The request succeeded; {@code algo} is what the HTTP response shows. */
  record Accepted(AlgoSnapshot algo) implements AlgoOutcome {}

  /** The request was refused and changed nothing. */
  record Refused(Rejection rejection) implements AlgoOutcome {}
}
