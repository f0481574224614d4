package io.oes.core.risk;

import io.oes.core.refusal.Refusal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code allowed_symbols}: the user trades only the listed symbols; none listed means all. */
final class AllowedSymbolsPolicy implements RiskPolicy {

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    Set<String> allowed = check.limits().allowedSymbols();
    if (allowed == null || allowed.isEmpty() || allowed.contains(check.symbol())) {
      return Optional.empty();
    }
    return RiskRefusals.refuse("allowed_symbols", "symbol " + check.symbol()
        + " is not among " + new TreeSet<>(allowed), check.userId());
  }
}
