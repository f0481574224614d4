package io.oes.cli.bench;

import org.HdrHistogram.Histogram;

/**
 * What {@code --stream-latency} measured.
 *
 * @param answerToUpdateMicros CreateOrder answer → the acknowledging update at the subscriber
 * @param eventToUpdateMicros the order's {@code updated_at_ms} → that update at the subscriber,
 *     millisecond resolution
 * @param updateFirst how many updates arrived before their CreateOrder answer (recorded as 0)
 * @param unmatched answered orders whose update never arrived in time
 */
public record StreamLatency(Histogram answerToUpdateMicros, Histogram eventToUpdateMicros,
    long updateFirst, long unmatched) {

  public long matched() {
    return answerToUpdateMicros.getTotalCount();
  }
}
