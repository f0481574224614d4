package io.oes.server.dashboard;

import io.oes.server.security.Ownership;
import io.oes.server.security.Principal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open page: its caller and the Server-Sent Events still to be written to it. The dashboard
 * thread queues events; the page's own request thread (a virtual thread) writes them. A page
 * whose queue is full is slow or gone: its stream ends, and the browser reconnects to a fresh
 * snapshot, so it never holds the dashboard up.
 */
final class DashboardPage {
  private static final int QUEUE_CAPACITY = 1_000;
  /** A comment line this often lets a closed connection be noticed and keeps proxies open. */
  private static final long HEARTBEAT_SECONDS = 15;

  private final Principal principal;
  private final Ownership ownership;
  private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private volatile boolean dropped;

  DashboardPage(Principal principal) {
    this.principal = principal;
    this.ownership = Ownership.of(principal);
  }

  Principal principal() {
    return principal;
  }

  /** Whether this page may see an order (or position) of {@code userId}. */
  boolean canSee(String userId) {
    return ownership.canSee(userId);
  }

  /** Queues one event; never blocks. {@code json} is a single line. */
  void send(String event, String json) {
    if (!outbox.offer("event: " + event + "\ndata: " + json + "\n\n")) {
      dropped = true;
    }
  }

  /** Ends the page's stream (the gateway is stopping); its browser will try to reconnect. */
  void end() {
    dropped = true;
    outbox.offer(": closing\n\n");
  }

  /**
   * Writes queued events to {@code out} until the browser goes away, the page falls behind, or
   * the thread is interrupted.
   */
  void serve(OutputStream out) {
    try {
      out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (!dropped) {
        String next = outbox.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        out.write((next == null ? ": heartbeat\n\n" : next).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      // the browser closed the page or lost the connection: nothing to answer any more
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
