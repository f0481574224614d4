package io.oes.core.port;

/**
 * What an exchange request came to. Never an exception for an answer the venue gave: the
 * engine decides on data. {@link Unknown} means the request may or may not have taken effect
 * (timeout, 5xx, lost connection) and always leads to a query before anything is resent.
 */
public sealed interface ExchangeOutcome {

  /** The exchange answered with the order as it now stands. */
  record Accepted(ExecutionReport report) implements ExchangeOutcome {}

  /** The exchange refused the request; {@code venueCode} is its stable code (e.g. -4164). */
  record Rejected(int venueCode, String message) implements ExchangeOutcome {}

  /** The exchange does not know the order (or it is no longer open, for a cancel). */
  record NotFound(String message) implements ExchangeOutcome {}

  /** Nobody knows whether the request took effect. */
  record Unknown(String reason) implements ExchangeOutcome {}

  /** The request was refused before it reached the exchange (rate limit, circuit open). */
  record NotSent(String reason) implements ExchangeOutcome {}
}
