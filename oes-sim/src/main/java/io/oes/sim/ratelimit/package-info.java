/**
 * Binance-style limits: request weight per IP per minute and orders per account per 10 seconds
 * and per minute, in fixed windows aligned to the clock as Binance's are. Over a limit the
 * request is answered 429 (-1003 weight, -1015 orders) with {@code Retry-After} in seconds; an IP
 * that keeps going after its 429s is banned with 418 (and {@code Retry-After}) for the configured
 * time. Each counter is a lock-free atomic so request threads can charge it concurrently; the
 * ledger also reports the usage for the {@code X-MBX-USED-WEIGHT-1M} and
 * {@code X-MBX-ORDER-COUNT-*} headers.
 */
package io.oes.sim.ratelimit;
