package io.oes.binance.resilience;

import io.oes.core.port.ExchangeOutcome;

/**
 * What an outcome says about the exchange's health. A venue's refusal (Rejected, NotFound) is
 * a healthy exchange answering; only failures to answer count against it.
 */
enum CallVerdict {
  /** The exchange answered. */
  HEALTHY,
  /** No answer, a 5xx, a timeout, a lost connection: the exchange is failing. */
  FAILED,
  /** The request never reached the exchange, so it says nothing about it. */
  NOT_CALLED;

  /** The adapter's wording for a 503 "Service Unavailable.", which Binance marks as failed. */
  private static final String EXCHANGE_UNAVAILABLE = "exchange unavailable";

  static CallVerdict of(ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Unknown unknown -> FAILED;
      case ExchangeOutcome.NotSent notSent ->
          notSent.reason().startsWith(EXCHANGE_UNAVAILABLE) ? FAILED : NOT_CALLED;
      case ExchangeOutcome.Accepted accepted -> HEALTHY;
      case ExchangeOutcome.Rejected rejected -> HEALTHY;
      case ExchangeOutcome.NotFound notFound -> HEALTHY;
    };
  }
}
