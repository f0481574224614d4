package io.oes.cli.crash;

import io.grpc.Status;

/**
 * How one call ended for the client: answered with a value, refused with a status (an answer
 * too), or never answered within the call's budget.
 *
 * @param attempts how many times the call was sent
 */
record Answer<T>(T value, Status.Code refusal, String refusalMessage, int attempts) {

  static <T> Answer<T> of(T value, int attempts) {
    return new Answer<>(value, null, null, attempts);
  }

  static <T> Answer<T> refused(Status status, int attempts) {
    return new Answer<>(null, status.getCode(), status.getDescription(), attempts);
  }

  static <T> Answer<T> none(int attempts) {
    return new Answer<>(null, null, null, attempts);
  }

  boolean succeeded() {
    return value != null;
  }

  boolean answered() {
    return value != null || refusal != null;
  }

  @Override
  public String toString() {
    if (value != null) {
      return "answered after " + attempts + " attempt(s)";
    }
    return refusal != null ? "refused " + refusal + " (" + refusalMessage + ") after " + attempts
        + " attempt(s)" : "unanswered after " + attempts + " attempt(s)";
  }
}
