package io.oes.server.security;

import io.grpc.Status;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused calls (method, status, peer address; never a credential) at most once a second,
 * with a count of those left out, so that a flood of bad keys cannot flood the log.
 */
final class RefusalLog {

  private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final AtomicLong nextLogNanos = new AtomicLong(System.nanoTime());
  private final AtomicLong suppressed = new AtomicLong();

  void onRefused(String method, Status status, SocketAddress peer) {
    long now = System.nanoTime();
    long next = nextLogNanos.get();
    if (now - next < 0 || !nextLogNanos.compareAndSet(next, now + INTERVAL_NANOS)) {
      suppressed.incrementAndGet();
      return;
    }
    long left = suppressed.getAndSet(0);
    LOG.info("Refused {} from {}: {}{}", method, peer, status.getCode(),
        left == 0 ? "" : " (" + left + " more refusals not logged in the last second)");
  }
}
