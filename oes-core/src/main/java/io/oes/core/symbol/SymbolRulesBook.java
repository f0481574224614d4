package io.oes.core.symbol;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of every symbol an exchange account trades. Replaced whole on each refresh, so
 * readers on any thread see either the old or the new set, never a mix.
 */
public final class SymbolRulesBook {
  private volatile Map<String, SymbolRules> bySymbol = Map.of();

  /** Installs a fresh set of rules, replacing the previous one. */
  public void replaceAll(Collection<SymbolRules> rules) {
    bySymbol =
        rules.stream()
            .collect(Collectors.toUnmodifiableMap(SymbolRules::symbol, Function.identity()));
  }

  /** The rules of {@code symbol}, if the exchange lists it. */
  public Optional<SymbolRules> find(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  /** How many symbols are known. */
  public int size() {
    return bySymbol.size();
  }
}
