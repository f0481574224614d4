package io.oes.server.security;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * A call refused for who is calling or what they asked (another user's orders, too many
 * streams). Thrown by {@link Ownership} and {@link StreamQuota} inside a service method; {@link
 * AuthInterceptor} answers the call with its status, so a service needs no try/catch.
 */
public final class CallRefused extends StatusRuntimeException {

  private static final long serialVersionUID = 1L;

  public CallRefused(Status status) {
    super(status);
  }
}
