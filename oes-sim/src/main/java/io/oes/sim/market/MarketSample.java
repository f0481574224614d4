package io.oes.sim.market;

import java.math.BigDecimal;

/**
 * One symbol's market at one moment, read under its engine's lock in one go so the book, the
 * mark price and the statistics agree with each other.
 */
public record MarketSample(DepthSnapshot depth, BigDecimal markPrice, MarketStats.Snapshot stats) {}
