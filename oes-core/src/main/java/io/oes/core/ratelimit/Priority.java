package io.oes.core.ratelimit;

/**
 * How urgent a request is when capacity runs short. Cancels reduce risk, so they may use the
 * reserve at the end of the weight budget that other requests leave untouched (see {@link
 * RateLimits#cancelReservePercent()}).
 */
public enum Priority {
  /** New orders, queries, exchange info: stop at the normal budget. */
  NORMAL,
  /** Cancels: may use the whole budget, reserve included. */
  CANCEL
}
