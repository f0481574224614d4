package io.oes.core.feed;

/**
 * What happened to an order. The names are the b25 {@code update_type} words, kept exactly
 * (b25 emitted SUBMITTED, CANCELED and REJECTED).
 */
public enum UpdateType {
  CREATED,
  SUBMITTED,
  UPDATED,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  REJECTED,
  EXPIRED,
  /** The submission's outcome is not known yet; oes is looking the order up. */
  UNKNOWN
}
