package io.oes.server.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Guards admin HTTP endpoints: the same credentials as gRPC ({@code Authorization: Bearer <key>},
 * {@code X-Api-Key}, or a mapped client certificate over mutual TLS), and the {@code admin}
 * scope. Install as a before-handler on the admin paths, e.g. {@code app.before("/admin/*",
 * guard)}. With authentication off it lets everything through, as gRPC does.
 */
public final class HttpAdminGuard implements Handler {

  private static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

  private final Authenticator authenticator;

  public HttpAdminGuard(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void handle(Context ctx) {
    // A CORS preflight carries no credentials by design; the request it announces will.
    if (ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    String authorization = ctx.header("Authorization");
    String xApiKey = ctx.header("X-Api-Key");
    if (PresentedKey.conflicting(authorization, xApiKey)) {
      throw new UnauthorizedResponse(PresentedKey.CONFLICT_MESSAGE);
    }
    Optional<Principal> principal = authenticator.authenticate(
        PresentedKey.from(authorization, xApiKey), peerOf(ctx));
    if (principal.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("a valid API key is required (Authorization: Bearer <key>, "
          + "or X-Api-Key: <key>)");
    }
    if (!principal.get().isAdmin()) {
      throw new ForbiddenResponse(ctx.path() + " needs the admin scope, which "
          + principal.get().name() + " does not have");
    }
  }

  private static Optional<X509Certificate> peerOf(Context ctx) {
    return ctx.req().getAttribute(CERTIFICATES_ATTRIBUTE) instanceof X509Certificate[] chain
        && chain.length > 0 ? Optional.of(chain[0]) : Optional.empty();
  }
}
