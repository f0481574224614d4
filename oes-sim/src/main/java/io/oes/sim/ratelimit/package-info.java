/**
 * Binance-style usage counters: request weight per IP per minute and orders per account per
 * 10 seconds and per minute, in fixed windows aligned to the clock as Binance's are. Each counter
 * is a lock-free atomic so request threads can charge it concurrently; the ledger reports the
 * usage for the {@code X-MBX-USED-WEIGHT-1M} and {@code X-MBX-ORDER-COUNT-*} headers and knows
 * the limits, so refusing with 429 is a check on the same numbers.
 */
package io.oes.sim.ratelimit;
