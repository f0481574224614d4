package io.oes.sim.account;

/**
 * One position of an account with the open orders that would move it, taken at one moment: what
 * its margin is computed from.
 */
public record Leg(PositionSnapshot position, OpenOrderNotional openOrders) {

  public PositionKey key() {
    return new PositionKey(position.symbol(), position.positionSide());
  }

  public String symbol() {
    return position.symbol();
  }

  /** Whether the leg holds a position or has open orders. */
  public boolean isOpen() {
    return position.positionAmt().signum() != 0 || !openOrders.isEmpty();
  }
}
