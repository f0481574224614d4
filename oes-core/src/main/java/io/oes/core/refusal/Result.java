package io.oes.core.refusal;

/** Either the value asked for or the refusal that stood in the way. */
public sealed interface Result<T> {

  record Done<T>(T value) implements Result<T> {}

  record Refused<T>(Refusal refusal) implements Result<T> {}

  static <T> Result<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Result<T> refused(Refusal refusal) {
    return new Refused<>(refusal);
  }
}
