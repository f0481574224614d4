package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.AccountFencedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: appended events wait in a bounded queue; one writer thread takes up to {@code
 * batchSize} of them per transaction. A batch that fails is kept and retried with back-off
 * until it commits — events are never dropped; {@link #failing()} tells the gateway meanwhile.
 *
 * <p>The writer thread sleeps while the queue is empty and is woken by the append that finds it
 * asleep, so an event waits for no poll interval. An append that finds it awake (it is
 * committing) costs no system call: the event joins the next batch, which is how batches grow
 * under load. Reads see appended events at once (through {@link PendingOrders}) either way.
 *
 * <p>A caller that must not go on before an event is durable — an order's intent before its
 * request leaves for the exchange, an answer before it reaches the client — asks {@link
 * #whenCommitted} for the event's sequence; the events appended until the writer takes the
 * queue are in the same transaction.
 *
 * <p>Positions count appends (1, 2, …) so {@link #awaitCommitted} can wait for "everything
 * appended so far" regardless of the events' sequence numbers.
 *
 * <p>With several instances, each commit first checks the {@link AccountFences fences} of the
 * accounts it holds events of. The events of an account whose lease passed to another instance
 * are refused: taken out of the batch, never written, and their waiters fail with {@link
 * AccountFencedException}; the rest of the batch commits.
 */
final class BatchWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
  /** A backstop only: an append wakes the sleeping writer at once. */
  private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final DataSource dataSource;
  private final JournalWriter journal;
  private final PendingOrders pending;
  private final JdbcStoreOptions options;
  private final BlockingQueue<OrderEvent> queue;
  private final Thread thread;
  private final Object commitSignal = new Object();
  private final WriteFailures failures = new WriteFailures(LOG);
  private final CommitWaiters waiters;
  private final AccountFences fences;
  private long appended;
  /** The highest sequence appended (or journaled before the start). */
  private long lastTaken;
  private volatile long committed;
  private volatile boolean running = true;
  /** Set by the writer before it checks the queue one last time and sleeps. */
  private volatile boolean asleep;

  /** @param journaledSequence the highest sequence the journal already holds */
  BatchWriter(DataSource dataSource, SqlDialect dialect, PendingOrders pending,
      JdbcStoreOptions options, AccountFences fences, long journaledSequence) {
    this.waiters = new CommitWaiters(journaledSequence);
    this.lastTaken = journaledSequence;
    this.fences = fences;
    this.dataSource = dataSource;
    this.journal = new JournalWriter(dialect);
    this.pending = pending;
    this.options = options;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.thread = Thread.ofPlatform().name("oes-store-writer").daemon(true).unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /**
   * Queues {@code event}; blocks only while the queue is full (the store is far behind).
   * Serialised so queue order is append order. The feed numbers events in order, so one at or
   * below a sequence already taken is a replay, and is ignored: the journal takes each once, and
   * an older state never follows a newer one.
   */
  synchronized void append(OrderEvent event) throws InterruptedException {
    if (event.sequence() <= lastTaken) {
      return;
    }
    lastTaken = event.sequence();
    long position = appended + 1;
    pending.put(event, position);
    queue.put(event);
    appended = position;
    // the writer sets asleep before its last look at the queue, so either it sees this event
    // or this sees it asleep
    if (asleep) {
      LockSupport.unpark(thread);
    }
  }

  synchronized long appendedPosition() {
    return appended;
  }

  long committedPosition() {
    return committed;
  }

  boolean failing() {
    return failures.failing();
  }

  String lastError() {
    return failures.lastError();
  }

  /**
   * Completes once the event with {@code sequence}, and every event appended before it, is
   * committed; at once when it is already. Any thread; never blocks.
   */
  CompletableFuture<Void> whenCommitted(long sequence) {
    return waiters.await(sequence);
  }

  /** The highest sequence committed so far. */
  long committedSequence() {
    return waiters.committedSequence();
  }

  /** Waits until everything up to {@code position} is committed; false on timeout. */
  boolean awaitCommitted(long position, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (commitSignal) {
      while (committed < position) {
        long leftNanos = deadline - System.nanoTime();
        if (leftNanos <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(commitSignal, leftNanos);
      }
    }
    return true;
  }

  /** Stops after committing what is queued, waiting at most {@code timeout}. */
  boolean stop(Duration timeout) throws InterruptedException {
    boolean drained = awaitCommitted(appendedPosition(), timeout);
    running = false;
    // woken, not interrupted: an interrupt inside a driver's file or socket I/O can close the
    // connection the writer still has to commit on
    LockSupport.unpark(thread);
    thread.join(timeout.toMillis() + 1);
    return drained;
  }

  private void run() {
    List<OrderEvent> batch = new ArrayList<>(options.batchSize());
    long backoffMillis = options.retryMin().toMillis();
    while (running) {
      try {
        queue.drainTo(batch, options.batchSize() - batch.size());
        if (batch.isEmpty()) {
          sleepUntilAppended();
          continue;
        }
        if (commit(batch)) {
          batch.clear();
          backoffMillis = options.retryMin().toMillis();
        } else {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoffMillis));
          backoffMillis = Math.min(backoffMillis * 2, options.retryMax().toMillis());
        }
      } catch (RuntimeException e) {
        failures.onFailure(e, batch.size());
      }
    }
    if (!batch.isEmpty() || !queue.isEmpty()) {
      LOG.error("Store writer stopped with {} events not persisted",
          batch.size() + queue.size());
    }
  }

  private void sleepUntilAppended() {
    asleep = true;
    if (queue.isEmpty() && running) {
      LockSupport.parkNanos(this, IDLE_PARK_NANOS);
    }
    asleep = false;
  }

  private boolean commit(List<OrderEvent> batch) {
    Map<String, String> fenced;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        fenced = fences.check(connection, batch);
        if (fenced.isEmpty()) {
          journal.write(connection, batch);
          connection.commit();
        } else {
          connection.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      failures.onFailure(e, batch.size());
      return false;
    }
    if (!fenced.isEmpty()) {
      refuse(batch, fenced);
      return batch.isEmpty() || commit(batch);
    }
    onCommitted(batch);
    return true;
  }

  /** Takes the events of the {@code fenced} accounts out of {@code batch}: never written. */
  private void refuse(List<OrderEvent> batch, Map<String, String> fenced) {
    long lastInBatch = committed + batch.size();
    List<OrderEvent> refused = new ArrayList<>();
    batch.removeIf(event -> fenced.containsKey(event.order().accountId()) && refused.add(event));
    fences.refused(fenced);
    LOG.error("Refused {} events of accounts now owned elsewhere, not written: {}",
        refused.size(), fenced);
    fenced.forEach((account, why) -> waiters.refuse(refused.stream()
        .filter(event -> event.order().accountId().equals(account))
        .map(OrderEvent::sequence).toList(), new AccountFencedException(account, why)));
    // resolved, though not committed: the overlay drops them, "everything appended" moves on
    pending.committed(refused, lastInBatch);
    synchronized (commitSignal) {
      committed += refused.size();
      commitSignal.notifyAll();
    }
  }

  private void onCommitted(List<OrderEvent> batch) {
    long position = committed + batch.size();
    pending.committed(batch, position);
    failures.onSuccess();
    synchronized (commitSignal) {
      committed = position;
      commitSignal.notifyAll();
    }
    long highest = 0;
    for (OrderEvent event : batch) {
      highest = Math.max(highest, event.sequence());
    }
    waiters.committedUpTo(highest);
  }
}
