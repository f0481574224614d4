package io.oes.cli.bench;

/**
 * Everything one {@code oes bench} run measured.
 *
 * @param orders what was sent
 * @param plan how hard and how long
 * @param create CreateOrder through the gateway
 * @param cancel CancelOrder of each resting order (empty when orders do not rest)
 * @param baseline the floor, or null without {@code --baseline}
 * @param stream stream latencies, or null without {@code --stream-latency}
 */
record BenchResult(BenchOrders orders, LoadPlan plan, PhaseResult create, PhaseResult cancel,
    Baseline baseline, StreamLatency stream) {

  /**
   * The floor measured in the same run.
   *
   * @param health {@code grpc.health.v1.Health/Check} through the gateway
   * @param rest the same orders straight to the simulator
   * @param restCancel their cancels straight to the simulator
   */
  record Baseline(PhaseResult health, PhaseResult rest, PhaseResult restCancel) {

    /** Health round trip plus direct REST order, at {@code percentile}, in microseconds. */
    long floorMicros(double percentile) {
      return health.percentileMicros(percentile) + rest.percentileMicros(percentile);
    }

    /**
     * CreateOrders per second through the gateway ÷ the same orders per second straight to the
     * simulator; 0 when the floor's is unknown. Meaningful only uncapped ({@code --rate 0}).
     */
    double throughputRatio(PhaseResult create) {
      double floor = rest.throughputPerSecond();
      return floor == 0 ? 0 : create.throughputPerSecond() / floor;
    }

    /** CreateOrder ÷ floor at {@code percentile}; 0 when the floor is unknown. */
    double ratio(PhaseResult create, double percentile) {
      long floor = floorMicros(percentile);
      return floor == 0 ? 0 : (double) create.percentileMicros(percentile) / floor;
    }
  }
}
