package io.oes.core.refusal;

import java.util.function.Function;

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

  /** The value, transformed; a refusal passes through unchanged. */
  default <R> Result<R> map(Function<T, R> mapper) {
    return switch (this) {
      case Done<T> done -> new Done<>(mapper.apply(done.value()));
      case Refused<T> refused -> new Refused<>(refused.refusal());
    };
  }
}
