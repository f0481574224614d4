package io.oes.server.security;

import io.grpc.Status;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Caps the StreamOrderUpdates subscriptions one principal holds open at once, so that one
 * client (or one stolen key) cannot exhaust the gateway's memory and threads with streams.
 * Thread-safe.
 */
public final class StreamQuota {

  private final int maxPerPrincipal;
  private final ConcurrentHashMap<String, Integer> openByPrincipal = new ConcurrentHashMap<>();

  public StreamQuota(int maxPerPrincipal) {
    if (maxPerPrincipal < 1) {
      throw new IllegalArgumentException("maxPerPrincipal " + maxPerPrincipal + " < 1");
    }
    this.maxPerPrincipal = maxPerPrincipal;
  }

  /**
   * Takes one stream slot for {@code principal}; run the returned release when the stream ends
   * (however it ends; running it twice frees one slot only).
   *
   * <p>Without authentication every caller is the one anonymous principal, so a cap per
   * principal would cap the whole gateway: it applies only to authenticated principals.
   *
   * @throws CallRefused RESOURCE_EXHAUSTED when the principal already holds the maximum
   */
  public Runnable acquire(Principal principal) {
    if (principal == Principal.ANONYMOUS_ADMIN) {
      return () -> { };
    }
    String name = principal.name();
    boolean[] taken = {false};
    openByPrincipal.compute(name, (key, open) -> {
      int current = open == null ? 0 : open;
      taken[0] = current < maxPerPrincipal;
      return taken[0] ? current + 1 : current;
    });
    if (!taken[0]) {
      throw new CallRefused(Status.RESOURCE_EXHAUSTED.withDescription(name + " already has "
          + maxPerPrincipal + " order update streams open (the most allowed); close one first"));
    }
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        openByPrincipal.computeIfPresent(name, (key, open) -> open <= 1 ? null : open - 1);
      }
    };
  }

  /** Streams {@code principal} holds open now. */
  public int openStreams(Principal principal) {
    return openByPrincipal.getOrDefault(principal.name(), 0);
  }
}
