package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.oes.core.feed.OrderEvent;
import io.oes.core.port.EventJournal;
import io.oes.messaging.health.ComponentHealth;
import io.oes.messaging.health.FailureBurst;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the order events of the journal to NATS in the b25 format — a transactional
 * outbox. Every change goes on {@code orders.updates.{SYMBOL}} ({@code
 * {"order":…,"update_type":…,"timestamp":…,"sequence":N}}), every fill also on {@code
 * orders.fills.{SYMBOL}}; optionally into a JetStream stream.
 *
 * <p>One thread, off the order path, reads committed events after a durable cursor (kept in
 * the store under {@link NatsPublisherOptions#cursorName()}), publishes them in sequence order
 * and moves the cursor only once NATS confirmed them (core NATS: a flush; JetStream: the
 * acknowledgement of every message). The journal is the queue: nothing is held in memory, so
 * nothing is dropped under load, while NATS is down however long, or in a crash — after a
 * restart the relay resumes after the cursor. Delivery is at least once: events confirmed but
 * not yet recorded in the cursor go out again; core subscribers tell by {@code sequence}, and
 * the JetStream stream drops them by message id ({@code oes-<sequence>-u}, {@code -f}).
 *
 * <p>A cursor seen for the first time starts at the journal's committed head: events journaled
 * before NATS was configured are not published. All methods are thread-safe.
 */
public final class JournalRelay implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalRelay.class);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final EventJournal journal;
  private final NatsLink link;
  private final RelayLoop loop;
  private final Thread thread;
  private final FailureBurst failures = new FailureBurst(LOG, "NATS publishing");
  private volatile boolean closed;

  private JournalRelay(EventJournal journal, long cursor, NatsPublisherOptions options,
      RelayListener listener) {
    this.journal = journal;
    this.link = new NatsLink(options);
    BatchSender batches = options.jetStream()
        ? new JetStreamSender(options.streamName(), options.confirmTimeout())
        : new CoreSender(options.confirmTimeout());
    this.loop = new RelayLoop(journal, cursor, link, batches, failures, listener, options);
    this.thread = Thread.ofPlatform().name("oes-nats-relay").daemon(true).unstarted(loop);
  }

  /**
   * Reads (or creates) the durable cursor and starts the relay thread; returns at once, whether
   * NATS is up or not. Throws the store's failure when the cursor cannot be read or created.
   */
  public static JournalRelay start(EventJournal journal, NatsPublisherOptions options,
      RelayListener listener) {
    long cursor = startingCursor(journal, options.cursorName());
    JournalRelay relay = new JournalRelay(journal, cursor, options, listener);
    relay.thread.start();
    LOG.info("Order events: NATS {}{} from the journal after sequence {}",
        options.jetStream() ? "JetStream stream " : "core",
        options.jetStream() ? options.streamName() : "", cursor);
    return relay;
  }

  private static long startingCursor(EventJournal journal, String name) {
    long head = journal.committedSequence();
    OptionalLong saved = journal.cursor(name);
    if (saved.isEmpty()) {
      journal.saveCursor(name, head);
      return head;
    }
    if (saved.getAsLong() > head) {
      LOG.warn("Event cursor {} is at {}, past the journal's last sequence {}: events up to {}"
          + " will not be published", name, saved.getAsLong(), head, saved.getAsLong());
    }
    return saved.getAsLong();
  }

  /**
   * Before the first orders: waits at most {@code timeout} for the relay's connection, then
   * makes {@code rounds} ping/pong round trips on it and encodes {@code scratch} as the relay
   * would, discarding it. Publishes nothing and moves no cursor.
   *
   * @return true when connected and every round trip answered
   */
  public boolean warmUp(List<OrderEvent> scratch, int rounds, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      Connection connection = link.firstConnection()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      for (int round = 0; round < rounds; round++) {
        for (OrderEvent event : scratch) {
          BatchSender.update(event);
          if (event.fill() != null) {
            BatchSender.fill(event);
          }
        }
        connection.flush(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.warn("NATS warm-up stopped: {}", e.getMessage() == null ? e : e.getMessage());
      return false;
    }
  }

  /** The last sequence NATS confirmed and the store recorded. */
  public long cursor() {
    return loop.cursor();
  }

  /** Events in the journal (appended) that NATS has not confirmed yet. */
  public long lag() {
    return Math.max(0, journal.latestSequence() - loop.cursor());
  }

  /** Events confirmed by NATS since start. */
  public long publishedCount() {
    return loop.published();
  }

  /** Failed attempts (NATS or store) since start; each was retried. */
  public long failureCount() {
    return failures.total();
  }

  /** Connection state, cursor, lag and failures; does not block. */
  public ComponentHealth health() {
    long lag = lag();
    boolean relaying = thread.isAlive();
    boolean up = relaying && link.connected() && !failures.failing();
    StringBuilder message = new StringBuilder("nats ").append(link.status())
        .append(", published through sequence ").append(loop.cursor())
        .append(", lag ").append(lag);
    if (!relaying) {
      message.append(", relay stopped");
    }
    if (failures.failing()) {
      message.append(", last error: ").append(failures.lastError());
    }
    return new ComponentHealth("nats", up, 0, lag, failures.total(), message.toString());
  }

  /**
   * Publishes what is committed for up to 5 s while NATS is connected, then stops; see {@link
   * #close(Duration)}.
   */
  @Override
  public void close() {
    close(DRAIN_TIMEOUT);
  }

  /**
   * Waits up to {@code drainTimeout} for the relay to catch up with the journal (only while
   * NATS is connected), then stops the relay thread and disconnects. Whatever is not confirmed
   * stays in the journal and goes out after the next start; {@link Duration#ZERO} stops at once,
   * as a crash would. Idempotent.
   */
  public void close(Duration drainTimeout) {
    if (closed) {
      return;
    }
    closed = true;
    long deadline = System.nanoTime() + drainTimeout.toNanos();
    try {
      while (lag() > 0 && link.connected() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      loop.stop();
      link.close();
      // Woken, never interrupted: an interrupt that lands in a JDBC driver's I/O can close the
      // connection under the store, which still has to commit its queue.
      LockSupport.unpark(thread);
      thread.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (lag() > 0) {
      LOG.info("NATS relay stopped {} events behind; they go out after the next start", lag());
    }
  }
}
