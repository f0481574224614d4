/**
 * Readying the order path before the gateway reports ready: scratch orders that exist nowhere
 * but in memory, run through the codecs and the store's statements (rolled back) and over every
 * connection (round trips that change nothing), so the first real orders after a start or a
 * failover find open connections and compiled code. Nothing of a warm-up reaches the exchange,
 * the journal, the event bus, the cache's keys or the order metrics.
 */
package io.oes.server.warmup;
