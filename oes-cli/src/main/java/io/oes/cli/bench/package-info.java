/**
 * {@code oes bench}: a load generator for a running gateway (SPEC §10). It drives CreateOrder
 * (and CancelOrder) at a fixed concurrency and rate, records latencies in HdrHistogram, and can
 * measure in the same run the floor no gateway can avoid: a no-op gRPC round trip (the standard
 * health Check) plus the same orders sent straight to the exchange simulator over signed REST.
 * A stream mode measures how long an acknowledgement takes to reach a StreamOrderUpdates
 * subscriber.
 */
package io.oes.cli.bench;
