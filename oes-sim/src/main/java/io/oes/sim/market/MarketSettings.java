package io.oes.sim.market;

import java.math.BigDecimal;

/**
 * How the synthetic market behaves.
 *
 * @param volatilityPerStep standard deviation of one mid move relative to the price
 * @param depthLevels number of synthetic levels on each side of the book
 */
public record MarketSettings(BigDecimal volatilityPerStep, int depthLevels) {}
