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

  /**
   * Nobody knows whether the request took effect. {@code code} says why, for the operator's
   * metrics: the HTTP status or venue code of the answer (e.g. {@code "502"}, {@code "-1001"}),
   * {@code "timeout"} or {@code "io"} when none came, {@code "unknown"} otherwise.
   */
  record Unknown(String reason, String code) implements ExchangeOutcome {
    public Unknown(String reason) {
      this(reason, "unknown");
    }
  }

  /**
   * The request was refused before it reached the exchange's matching engine. {@code code}
   * says by whom: the exchange's HTTP status or venue code (e.g. {@code "429"}, {@code "418"},
   * {@code "-1008"}), or {@code "not_sent"} when the gateway itself held it back (its rate
   * limit, an open circuit).
   */
  record NotSent(String reason, String code) implements ExchangeOutcome {
    public NotSent(String reason) {
      this(reason, "not_sent");
    }
  }
}
