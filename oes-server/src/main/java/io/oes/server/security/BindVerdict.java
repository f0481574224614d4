package io.oes.server.security;

import java.util.Objects;

/**
 * What {@link BindPolicy} decided: serve, serve with a warning to log, or refuse to start with
 * a message naming the setting to change.
 *
 * @param outcome the decision
 * @param message what to log or print; empty when simply allowed
 */
public record BindVerdict(Outcome outcome, String message) {

  /** The three decisions. */
  public enum Outcome { ALLOWED, WARNING, REFUSED }

  public BindVerdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
  }

  static BindVerdict allowed() {
    return new BindVerdict(Outcome.ALLOWED, "");
  }

  static BindVerdict warning(String message) {
    return new BindVerdict(Outcome.WARNING, message);
  }

  static BindVerdict refused(String message) {
    return new BindVerdict(Outcome.REFUSED, message);
  }

  public boolean isRefused() {
    return outcome == Outcome.REFUSED;
  }
}
