package io.oes.core.risk;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The global risk limits and the per-user overrides; an override replaces only the limits it
 * sets. Immutable, so any thread may read it; replace the whole book to change limits.
 */
public final class RiskLimitsBook {
  private final RiskLimits global;
  private final Map<String, RiskLimits> overrides;
  private final Map<String, RiskLimits> effective;

  public RiskLimitsBook(RiskLimits global, Map<String, RiskLimits> overridesByUser) {
    this.global = Objects.requireNonNull(global, "global");
    this.overrides = Map.copyOf(overridesByUser);
    Map<String, RiskLimits> merged = new HashMap<>();
    overrides.forEach((user, override) -> merged.put(user, global.overriddenBy(override)));
    this.effective = Map.copyOf(merged);
  }

  /** The same limits for every user. */
  public static RiskLimitsBook of(RiskLimits global) {
    return new RiskLimitsBook(global, Map.of());
  }

  /** No limits at all. */
  public static RiskLimitsBook unlimited() {
    return of(RiskLimits.NONE);
  }

  /** The limits that apply to {@code userId}: the global ones with its override applied. */
  public RiskLimits limitsFor(String userId) {
    return userId == null ? global : effective.getOrDefault(userId, global);
  }

  public RiskLimits global() {
    return global;
  }

  public Map<String, RiskLimits> overrides() {
    return overrides;
  }

  /** Two books are equal when they set the same global limits and the same overrides. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RiskLimitsBook book && global.equals(book.global)
        && overrides.equals(book.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(global, overrides);
  }

  @Override
  public String toString() {
    return "RiskLimitsBook[global=" + global + ", overrides=" + overrides + "]";
  }
}
