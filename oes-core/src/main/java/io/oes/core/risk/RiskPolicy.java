package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.util.Optional;

/** One risk limit. Pure: the same check always gives the same verdict. */
@FunctionalInterface
public interface RiskPolicy {

  /** Empty when the order stays within the limit; otherwise the refusal naming it. */
  Optional<Refusal> check(RiskCheck check);
}
