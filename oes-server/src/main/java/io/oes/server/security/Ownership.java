package io.oes.server.security;

import io.grpc.Status;

/**
 * Which users' orders a principal may see and touch: its own user's, or every user's for an
 * admin. A service asks it before acting; refusals are thrown as {@link CallRefused}, which
 * {@link AuthInterceptor} turns into the call's status.
 *
 * <p>Another user's order is reported as not found rather than forbidden, so order ids of other
 * users cannot be probed; an explicit {@code user_id} of another user is PERMISSION_DENIED
 * because the caller already named it.
 */
public final class Ownership {

  private final Principal principal;

  private Ownership(Principal principal) {
    this.principal = principal;
  }

  /** Ownership for the current gRPC call (see {@link Caller#current()}). */
  public static Ownership ofCaller() {
    return new Ownership(Caller.current());
  }

  public static Ownership of(Principal principal) {
    return new Ownership(principal);
  }

  public Principal principal() {
    return principal;
  }

  /**
   * The user a request acts for. An admin's request is taken as written (empty: every user, or
   * no user on a new order, as without authentication); for anyone else empty means the
   * principal's own user and any other user is refused.
   *
   * @throws CallRefused PERMISSION_DENIED naming both users
   */
  public String checkUserId(String requestedUserId) {
    if (principal.isAdmin()) {
      return requestedUserId;
    }
    if (requestedUserId.isEmpty() || requestedUserId.equals(principal.userId())) {
      return principal.userId();
    }
    throw new CallRefused(Status.PERMISSION_DENIED.withDescription("user_id "
        + Shown.value(requestedUserId) + " does not match the key's user " + principal.userId()));
  }

  /** Whether the principal may see (and so touch) an order of {@code orderUserId}. */
  public boolean canSee(String orderUserId) {
    return principal.isAdmin() || principal.userId().equals(orderUserId);
  }

  /**
   * Refuses, as not found, an order the principal may not see.
   *
   * @throws CallRefused NOT_FOUND, worded like the service's own "not found"
   */
  public void requireVisible(String orderUserId, String orderId) {
    if (!canSee(orderUserId)) {
      throw new CallRefused(Status.NOT_FOUND.withDescription("order " + Shown.value(orderId)
          + " not found"));
    }
  }

  /**
   * The user filter of a StreamOrderUpdates subscription: as {@link #checkUserId}, so a
   * non-admin's stream carries only its own user's orders (an admin's empty filter: everyone's).
   */
  public String streamUserFilter(String requestedUserId) {
    return checkUserId(requestedUserId);
  }
}
