package io.oes.sim.account;

import io.oes.sim.order.PositionSide;

/** Which position of an account: a symbol and, in hedge mode, its LONG or SHORT side. */
public record PositionKey(String symbol, PositionSide positionSide) {}
