package io.oes.sim.market;

import java.math.BigDecimal;

/** A price and the quantity available (or taken) at it. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {}
