package io.oes.store.jdbc;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Who waits for which journal sequence to be committed. Sequences commit in order, so one
 * number — the highest committed — answers every waiter at or below it. The exception are
 * events the store refused (their account's lease had passed to another instance): those are
 * never committed, and their waiters fail, however far the number moves past them. Any thread.
 */
final class CommitWaiters {
  private final NavigableMap<Long, CompletableFuture<Void>> bySequence =
      new ConcurrentSkipListMap<>();
  /** Refused events and why; few, since an account is refused once, then trades no more. */
  private final Map<Long, RuntimeException> refused = new ConcurrentHashMap<>();
  private volatile long committedSequence;

  /** @param committedSequence the highest sequence already in the journal */
  CommitWaiters(long committedSequence) {
    this.committedSequence = committedSequence;
  }

  CompletableFuture<Void> await(long sequence) {
    RuntimeException refusal = refused.get(sequence);
    if (refusal != null) {
      return CompletableFuture.failedFuture(refusal);
    }
    if (sequence <= committedSequence) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> waiter =
        bySequence.computeIfAbsent(sequence, s -> new CompletableFuture<>());
    RuntimeException refusedMeanwhile = refused.get(sequence);
    if (refusedMeanwhile != null) {
      bySequence.remove(sequence, waiter);
      waiter.completeExceptionally(refusedMeanwhile);
    }
    if (sequence <= committedSequence) {
      // committed while the waiter was being added: the committing thread may have missed it
      bySequence.remove(sequence, waiter);
      waiter.complete(null);
    }
    return waiter;
  }

  /**
   * Fails the waiters of {@code sequences}, now and later: they will never be committed. On the
   * store's writer thread, as {@link #committedUpTo} is, so a refused waiter is gone before any
   * later commit could complete it.
   */
  void refuse(List<Long> sequences, RuntimeException why) {
    for (long sequence : sequences) {
      refused.put(sequence, why);
      CompletableFuture<Void> waiter = bySequence.remove(sequence);
      if (waiter != null) {
        waiter.completeExceptionally(why);
      }
    }
  }

  void committedUpTo(long sequence) {
    if (sequence > committedSequence) {
      committedSequence = sequence;
    }
    Map<Long, CompletableFuture<Void>> due = bySequence.headMap(committedSequence, true);
    for (Map.Entry<Long, CompletableFuture<Void>> waiter : due.entrySet()) {
      if (bySequence.remove(waiter.getKey(), waiter.getValue())) {
        waiter.getValue().complete(null);
      }
    }
  }

  long committedSequence() {
    return committedSequence;
  }
}
