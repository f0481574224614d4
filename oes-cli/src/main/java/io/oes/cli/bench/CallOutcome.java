package io.oes.cli.bench;

import java.util.function.Supplier;

/**
 * How one call went: {@code failureCode} is null on success, else a stable code to count it by
 * (a gRPC status code, {@code REJECTED}, {@code HTTP 429 -1015}, …). {@code followUp}, when
 * present, is a second call timed on its own after the first (cancelling the order just
 * placed); it answers its own failure code or null.
 */
record CallOutcome(String failureCode, Supplier<String> followUp) {

  static final CallOutcome SUCCEEDED = new CallOutcome(null, null);

  static CallOutcome failed(String failureCode) {
    return new CallOutcome(failureCode, null);
  }

  static CallOutcome succeededThen(Supplier<String> followUp) {
    return new CallOutcome(null, followUp);
  }

  boolean succeeded() {
    return failureCode == null;
  }
}
