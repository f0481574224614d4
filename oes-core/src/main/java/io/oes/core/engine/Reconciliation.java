package io.oes.core.engine;

/**
 * What one reconciliation of an account with the exchange found.
 *
 * @param adopted orders oes had sent but not recorded, now known again
 * @param corrected known orders whose state the exchange reported differently
 * @param checked orders compared in all
 */
public record Reconciliation(int adopted, int corrected, int checked) {

  Reconciliation plus(Reconciliation other) {
    return new Reconciliation(adopted + other.adopted, corrected + other.corrected,
        checked + other.checked);
  }
}
