package io.oes.server.grpc;

import io.grpc.Status;
import java.util.Objects;

/**
 * What an {@link OrderDesk} call came to: the value asked for, or the status that refused it
 * (with the same code and words over every transport).
 */
public sealed interface Answer<T> {

  /** The call succeeded. */
  record Given<T>(T value) implements Answer<T> {
    public Given {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The call was refused, or failed: never {@link Status#isOk() OK}. */
  record Refused<T>(Status status) implements Answer<T> {
    public Refused {
      if (status.isOk()) {
        throw new IllegalArgumentException("a refusal needs a status other than OK");
      }
    }
  }

  static <T> Answer<T> given(T value) {
    return new Given<>(value);
  }

  static <T> Answer<T> refused(Status status) {
    return new Refused<>(status);
  }
}
