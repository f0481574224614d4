package io.oes.messaging.nats;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.EventPublisher;
import io.oes.messaging.health.ComponentHealth;
import io.oes.messaging.health.FailureBurst;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes order events to NATS in the b25 format: every change on {@code
 * orders.updates.{SYMBOL}} ({@code {"order":…,"update_type":…,"timestamp":…,"sequence":N}}),
 * every fill also on {@code orders.fills.{SYMBOL}}; optionally into a JetStream stream.
 *
 * <p>An outbox decouples the caller from NATS: {@link #publish} only enqueues (never blocks),
 * and a sender thread delivers in order, confirming each batch with the server and resending
 * it when that fails. While NATS is down events wait in the outbox (in memory, up to {@link
 * NatsPublisherOptions#outboxCapacity()}; beyond it new events are dropped, counted and reported
 * by {@link #health()}) and go out, in order, when it returns. Delivery is at least once: a
 * consumer may see a resent event again and can tell by its {@code sequence}; the JetStream
 * stream drops such repeats itself.
 */
public final class NatsEventPublisher implements EventPublisher, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NatsEventPublisher.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final Outbox outbox;
  private final NatsLink link;
  private final OutboxSender sender;
  private final Thread thread;
  private final FailureBurst failures = new FailureBurst(LOG, "NATS publishing");
  private final FailureBurst overflow = new FailureBurst(LOG, "NATS outbox (full, dropping)");
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean closed;

  private NatsEventPublisher(NatsPublisherOptions options) {
    this.outbox = new Outbox(options.outboxCapacity());
    this.link = new NatsLink(options);
    BatchSender batches = options.jetStream()
        ? new JetStreamSender(options.streamName(), options.confirmTimeout())
        : new CoreSender(options.confirmTimeout());
    this.sender = new OutboxSender(outbox, link, batches, failures, options);
    this.thread = Thread.ofPlatform().name("oes-nats-outbox").daemon(true).unstarted(sender);
  }

  /** Core NATS at {@code url} with default settings; returns at once, connected or not. */
  public static NatsEventPublisher start(String url) {
    return start(NatsPublisherOptions.defaults(url));
  }

  /** Starts the sender thread; returns at once, whether NATS is up or not. */
  public static NatsEventPublisher start(NatsPublisherOptions options) {
    NatsEventPublisher publisher = new NatsEventPublisher(options);
    publisher.thread.start();
    LOG.info("Order events: NATS {}{}", options.jetStream() ? "JetStream stream " : "core",
        options.jetStream() ? options.streamName() : "");
    return publisher;
  }

  /** Enqueues {@code event}; returns at once. Called in sequence order. */
  @Override
  public void publish(OrderEvent event) {
    if (outbox.offer(event)) {
      overflow.onSuccess();
    } else {
      dropped.incrementAndGet();
      overflow.onFailure(new IllegalStateException("outbox full, event " + event.sequence()
          + " dropped"));
    }
  }

  /** Events not yet confirmed by NATS. */
  public long outboxDepth() {
    return outbox.depth();
  }

  /** Events confirmed by NATS since start. */
  public long sentCount() {
    return sender.sent();
  }

  /** Events dropped because the outbox was full. */
  public long droppedCount() {
    return dropped.get();
  }

  /** Connection state, outbox depth and failures; does not block. */
  public ComponentHealth health() {
    long depth = outbox.depth();
    boolean up = link.connected() && !failures.failing() && !overflow.failing();
    StringBuilder message = new StringBuilder("nats ").append(link.status())
        .append(", outbox ").append(depth);
    if (dropped.get() > 0) {
      message.append(", ").append(dropped.get()).append(" dropped (outbox full)");
    }
    if (failures.failing()) {
      message.append(", last error: ").append(failures.lastError());
    }
    return new ComponentHealth("nats", up, 0, depth, failures.total(), message.toString());
  }

  /** Waits up to 5 s for the outbox to drain, then stops and disconnects. Idempotent. */
  @Override
  public void close() {
    close(CLOSE_TIMEOUT);
  }

  public void close(Duration timeout) {
    if (closed) {
      return;
    }
    closed = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (outbox.depth() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      if (outbox.depth() > 0) {
        LOG.error("NATS publisher closed with {} events not delivered", outbox.depth());
      }
      sender.stop();
      link.close();
      thread.interrupt();
      thread.join(timeout.toMillis() + 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
