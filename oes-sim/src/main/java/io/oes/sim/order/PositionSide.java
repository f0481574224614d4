package io.oes.sim.order;

/**
 * The position an order trades: BOTH in one-way mode; LONG or SHORT in hedge mode, where each
 * side is a position of its own that never changes sign.
 */
public enum PositionSide {
  BOTH,
  LONG,
  SHORT;

  /**
   * Whether an order of {@code side} on this position can only close it: a SELL on LONG, a BUY on
   * SHORT. In hedge mode such orders are reduce-only by nature; on BOTH nothing closes by side.
   */
  public boolean closedBy(Side side) {
    return this == LONG && side == Side.SELL || this == SHORT && side == Side.BUY;
  }
}
