package io.oes.server.security;

import io.grpc.Context;
import io.grpc.Metadata;

/** The principal of the gRPC call being served, as {@link AuthInterceptor} put it in the context. */
public final class Caller {

  static final Context.Key<Principal> PRINCIPAL = Context.key("oes-principal");
  /** The credential headers the caller presented, as they came: to forward the call as it. */
  static final Context.Key<Metadata> CREDENTIALS = Context.key("oes-credentials");

  private Caller() {}

  /**
   * The current call's principal ({@link Principal#ANONYMOUS_ADMIN} when authentication is
   * off). Call it on the thread that runs the service method, before any hand-off: the gRPC
   * context does not follow a call into a future's callback.
   *
   * @throws IllegalStateException when no principal is set (no {@link AuthInterceptor} on the
   *     server, or called off the call's thread); failing here is safer than guessing
   */
  public static Principal current() {
    Principal principal = PRINCIPAL.get();
    if (principal == null) {
      throw new IllegalStateException("no caller in the gRPC context: install AuthInterceptor "
          + "and ask for the caller on the thread serving the call");
    }
    return principal;
  }

  /**
   * The credential headers ({@code authorization}, {@code x-api-key}) the current call came
   * with, to send along when it is forwarded to another instance, which authenticates it again;
   * empty headers when it presented none (authentication off, or a client certificate).
   */
  public static Metadata credentials() {
    Metadata presented = CREDENTIALS.get();
    return presented == null ? new Metadata() : presented;
  }

  /** The context that makes {@code principal} the caller, who presented {@code credentials}. */
  static Context with(Principal principal, Metadata credentials) {
    return Context.current().withValue(PRINCIPAL, principal).withValue(CREDENTIALS, credentials);
  }
}
