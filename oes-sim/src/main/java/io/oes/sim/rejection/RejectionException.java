package io.oes.sim.rejection;

/**
 * Carries a {@link Rejection} out of request parsing, where a refusal ends the handling of the
 * request at once and the HTTP edge answers with the error body. Domain code returns rejections
 * as values instead.
 */
public final class RejectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  public RejectionException(Rejection rejection) {
    super(rejection.code() + " " + rejection.message(), null, false, false);
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
