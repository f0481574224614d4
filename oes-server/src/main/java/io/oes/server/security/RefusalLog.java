package io.oes.server.security;

import io.grpc.Status;
import java.net.SocketAddress;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused calls (method, status, peer address; never a credential) at most once a second,
 * with a count of those left out, so that a flood of bad keys cannot flood the log.
 */
final class RefusalLog {

  private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);

  private final OncePerSecond gate = new OncePerSecond();

  void onRefused(String method, Status status, SocketAddress peer) {
    OptionalLong left = gate.admit();
    if (left.isPresent()) {
      LOG.info("Refused {} from {}: {}{}", method, peer, status.getCode(),
          OncePerSecond.leftOut(left.getAsLong(), "refusals"));
    }
  }
}
