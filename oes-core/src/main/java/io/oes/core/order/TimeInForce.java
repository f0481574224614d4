package io.oes.core.order;

/** How long an order may rest: GTC until cancelled, IOC and FOK never rest, GTX only rests. */
public enum TimeInForce {
  GTC,
  IOC,
  FOK,
  GTX
}
