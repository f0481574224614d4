package io.oes.sim.order;

/** How long an order stays working; GTX is post-only, GTD expires at {@code goodTillDate}. */
public enum TimeInForce {
  GTC,
  IOC,
  FOK,
  GTX,
  GTD;

  /** Whether an unfilled remainder of an order with this time in force rests on the book. */
  public boolean restsRemainder() {
    return this == GTC || this == GTX || this == GTD;
  }
}
