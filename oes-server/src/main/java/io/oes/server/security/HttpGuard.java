package io.oes.server.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards HTTP endpoints: the same credentials as gRPC ({@code Authorization: Bearer <key>},
 * {@code X-Api-Key}, or a mapped client certificate over mutual TLS), and one of the scopes the
 * endpoint accepts. Install as a before-handler, e.g. {@code app.before("/admin/*",
 * HttpGuard.requiring(authenticator, Scope.ADMIN))}; the handler behind it finds the caller with
 * {@link #principalOf}. With authentication off it lets everything through, as gRPC does.
 */
public final class HttpGuard implements Handler {

  private static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
  private static final String PRINCIPAL_ATTRIBUTE = HttpGuard.class.getName() + ".principal";

  private final Authenticator authenticator;
  private final Set<Scope> accepted;

  private HttpGuard(Authenticator authenticator, Set<Scope> accepted) {
    this.authenticator = authenticator;
    this.accepted = accepted;
  }

  /** A guard letting through callers holding any one of {@code accepted}. */
  public static HttpGuard requiring(Authenticator authenticator, Scope first, Scope... more) {
    return new HttpGuard(authenticator, EnumSet.of(first, more));
  }

  /** The caller the guard let through to this request. */
  public static Principal principalOf(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
    if (principal == null) {
      throw new IllegalStateException(ctx.path() + " is served without an HttpGuard before it");
    }
    return principal;
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
    if (accepted.stream().noneMatch(principal.get()::has)) {
      throw new ForbiddenResponse(ctx.path() + " needs the " + scopeNames() + " scope, which "
          + principal.get().name() + " does not have");
    }
    ctx.attribute(PRINCIPAL_ATTRIBUTE, principal.get());
  }

  private String scopeNames() {
    return accepted.stream().map(Scope::configName).collect(Collectors.joining(" or "));
  }

  private static Optional<X509Certificate> peerOf(Context ctx) {
    return ctx.req().getAttribute(CERTIFICATES_ATTRIBUTE) instanceof X509Certificate[] chain
        && chain.length > 0 ? Optional.of(chain[0]) : Optional.empty();
  }
}
