package io.oes.sim.marketdata;

import io.oes.sim.market.PriceLevel;
import java.util.List;

/**
 * The levels of a book that changed between two samples, as a {@code depthUpdate} carries them:
 * absolute quantities, zero for a level that is gone.
 *
 * @param firstUpdateId {@code U}: the previous event's {@code u}, so that the first event after a
 *     REST snapshot always covers the snapshot's {@code lastUpdateId}
 * @param lastUpdateId {@code u}: the book's update id at this sample
 * @param previousUpdateId {@code pu}: the previous event's {@code u}
 */
record DepthDelta(long firstUpdateId, long lastUpdateId, long previousUpdateId,
    List<PriceLevel> bids, List<PriceLevel> asks) {}
