package io.oes.server.grpc;

import io.oes.api.OrderServiceGrpc.OrderServiceFutureStub;
import java.util.Optional;

/**
 * Where a call for an account this instance does not trade goes instead: to the instance
 * that does, as the same caller. Asked on the thread serving the call (it reads the call's
 * context).
 */
public interface Forwarding {
  /** One instance trades every account: nothing is forwarded. */
  Forwarding NONE = accountId -> Optional.empty();

  /** A stub of the instance trading {@code accountId}, carrying the caller's credentials and
   * deadline; empty when the call is to be answered here (refused, naming the owner). */
  Optional<OrderServiceFutureStub> toOwnerOf(String accountId);
}
