package io.oes.core.risk;

import java.time.Instant;

/**
 * Whether new orders may trade, with who changed it, when and why.
 *
 * @param reason why trading was halted (or resumed); never null
 * @param changedBy the operator or system that changed it
 * @param changedAt when it changed; null for the initial state
 */
public record TradingState(Mode mode, String reason, String changedBy, Instant changedAt) {

  /** The kill switch's positions. */
  public enum Mode {
    /** New orders are checked against the limits. */
    ACTIVE,
    /** No new order is accepted; cancels still are. */
    HALTED
  }

  /** Trading as it stands before anyone touched the switch. */
  public static final TradingState INITIAL = new TradingState(Mode.ACTIVE, "", "startup", null);

  public boolean isHalted() {
    return mode == Mode.HALTED;
  }
}
