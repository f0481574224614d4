package io.oes.server.security;

import io.grpc.Status;
import java.net.SocketAddress;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused calls (method or subject, status, where from; never a credential) at most once a
 * second, with a count of those left out, so that a flood of bad keys cannot flood the log.
 */
public final class RefusalLog {

  private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);

  private final OncePerSecond gate = new OncePerSecond();

  void onRefused(String method, Status status, SocketAddress peer) {
    onRefused(method, status, String.valueOf(peer));
  }

  /**
   * @param method the gRPC method or NATS subject
   * @param from the peer, or the transport when it tells no peer
   */
  public void onRefused(String method, Status status, String from) {
    OptionalLong left = gate.admit();
    if (left.isPresent()) {
      LOG.info("Refused {} from {}: {}{}", method, from, status.getCode(),
          OncePerSecond.leftOut(left.getAsLong(), "refusals"));
    }
  }
}
