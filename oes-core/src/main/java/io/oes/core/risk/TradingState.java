package io.oes.core.risk;

import java.time.Instant;

/**
 * Whether new orders may trade, with who changed it, when and why.
 *
 * @param reason why trading was halted or reduced (or resumed); never null
 * @param changedBy the operator or system that changed it
 * @param changedAt when it changed; null for the initial state
 */
public record TradingState(Mode mode, String reason, String changedBy, Instant changedAt) {

  /** The kill switch's positions. */
  public enum Mode {
    /** New orders are checked against the limits. */
    ACTIVE,
    /**
     * Only reduce-only orders are accepted (they can close positions, never open or grow one),
     * and cancels; for winding a book down without stopping it.
     */
    REDUCING,
    /** No new order is accepted; cancels still are. */
    HALTED
  }

  /** Trading as it stands before anyone touched the switch. */
  public static final TradingState INITIAL = new TradingState(Mode.ACTIVE, "", "startup", null);

  public boolean isHalted() {
    return mode == Mode.HALTED;
  }

  public boolean isReducing() {
    return mode == Mode.REDUCING;
  }
}
