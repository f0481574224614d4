package io.oes.server.config.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (API key, signing secret, password). It prints as {@code ***} wherever it ends up
 * — logs, exceptions, {@code toString()} of the configuration — and gives its value only through
 * {@link #reveal()}, which the code that signs or connects calls at the last moment.
 */
public final class Secret {

  private static final String MASK = "***";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a credential; blank values are allowed here and rejected by validation. */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /** The credential itself; call it only where it is put on the wire. */
  public String reveal() {
    return value;
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  @Override
  public String toString() {
    return MASK;
  }

  // Constant-time so that comparing keys (API-key authentication) leaks no timing.
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
