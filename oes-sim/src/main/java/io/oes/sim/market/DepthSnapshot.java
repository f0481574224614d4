package io.oes.sim.market;

import java.util.List;

/**
 * The book as {@code GET /fapi/v1/depth} shows it: best levels first on both sides.
 *
 * @param lastUpdateId increases with every change of the ladder
 */
public record DepthSnapshot(long lastUpdateId, List<PriceLevel> bids, List<PriceLevel> asks) {}
