package io.oes.store.jdbc;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Who waits for which journal sequence to be committed. Sequences commit in order, so one
 * number — the highest committed — answers every waiter at or below it. Any thread.
 */
final class CommitWaiters {
  private final NavigableMap<Long, CompletableFuture<Void>> bySequence =
      new ConcurrentSkipListMap<>();
  private volatile long committedSequence;

  /** @param committedSequence the highest sequence already in the journal */
  CommitWaiters(long committedSequence) {
    this.committedSequence = committedSequence;
  }

  CompletableFuture<Void> await(long sequence) {
    if (sequence <= committedSequence) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> waiter =
        bySequence.computeIfAbsent(sequence, s -> new CompletableFuture<>());
    if (sequence <= committedSequence) {
      // committed while the waiter was being added: the committing thread may have missed it
      bySequence.remove(sequence, waiter);
      waiter.complete(null);
    }
    return waiter;
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
