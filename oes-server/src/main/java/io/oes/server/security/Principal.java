package io.oes.server.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the name of the key or certificate that authenticated the call, the user whose
 * orders it is bound to, and its scopes. Carries no credential, so it is safe to log.
 *
 * @param name the configured name of the key, or the certificate's subject CN
 * @param userId the user whose orders this principal sees and touches (admins see all)
 * @param scopes what it may do
 */
public record Principal(String name, String userId, Set<Scope> scopes) {

  /**
   * Every call when authentication is off (the embedded default on loopback): it may do
   * everything, so ownership checks change nothing.
   */
  public static final Principal ANONYMOUS_ADMIN =
      new Principal("anonymous", "", EnumSet.allOf(Scope.class));

  public Principal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
  }

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }

  /** Admins see and touch every user's orders. */
  public boolean isAdmin() {
    return has(Scope.ADMIN);
  }
}
