package io.oes.core.port;

import io.oes.core.feed.OrderEvent;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The committed journal as the queue of a publisher that must lose nothing (a transactional
 * outbox): pages of committed events after a sequence, and named durable cursors that record
 * how far each publisher got. Only events the store has committed are ever handed out, so a
 * publisher never announces a change a crash could take back.
 *
 * <p>Every method but {@link #latestSequence} and {@link #whenCommitted} does blocking I/O: call them off the order path,
 * from the publisher's own thread. Thread-safe.
 */
public interface EventJournal {

  /**
   * The highest sequence handed to the store, committed or not; no I/O. A publisher whose
   * cursor is at or past it has nothing to read and need not ask the database.
   */
  long latestSequence();

  /**
   * Completes once the event numbered {@code sequence} and every one before it are committed,
   * so a publisher sleeps until there is something to read instead of polling. No I/O.
   */
  CompletableFuture<Void> whenCommitted(long sequence);

  /**
   * Whether other processes write this journal too (several instances on one database). Then
   * {@link #latestSequence} and {@link #whenCommitted} know only this process's own events, and
   * a publisher learns of the others' only by reading the journal (and the shared cursors).
   */
  default boolean sharedWithOthers() {
    return false;
  }

  /** The highest committed sequence, 0 when the journal is empty. */
  long committedSequence();

  /**
   * Up to {@code limit} committed events with a sequence above {@code sequence}, in sequence
   * order, each with its fill.
   */
  List<OrderEvent> committedAfter(long sequence, int limit);

  /** The durable cursor {@code name}: the last sequence its publisher delivered; empty if new. */
  OptionalLong cursor(String name);

  /**
   * Records durably that the publisher {@code name} delivered everything up to {@code
   * sequence}; creates the cursor if new. A cursor never moves back: a lower value is ignored.
   */
  void saveCursor(String name, long sequence);
}
