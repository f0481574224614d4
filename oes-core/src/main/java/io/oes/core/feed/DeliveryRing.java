package io.oes.core.feed;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The hand-off from the feed's producers to its one delivery thread: a ring of slots addressed
 * by sequence, the event with sequence {@code s} in slot {@code s % capacity}. A producer claims
 * the next sequence with one atomic increment, writes its slot and goes; the consumer takes the
 * slots strictly in sequence order and releases them once every listener has seen them.
 *
 * <p>Nobody polls. The consumer spins briefly, then parks, and a producer unparks it only when a
 * flag says it is parked. A producer that finds its slot still taken (the ring is full: the
 * consumer is behind by the whole capacity) spins, then parks until the consumer releases
 * enough; nothing is ever dropped or overwritten.
 *
 * <p>{@link #publish} may be called from any thread; {@link #take} and {@link #release} only
 * from the consumer thread given at construction.
 */
final class DeliveryRing {
  /** Set in {@link #claimed} once closed: every later claim comes out negative and fails. */
  private static final long CLOSED = Long.MIN_VALUE;
  /** Looks before parking: a few microseconds, shorter than a park and unpark round trip. */
  private static final int SPINS = 256;

  private final AtomicReferenceArray<OrderEvent> slots;
  private final int mask;
  private final Thread consumer;
  /** The last sequence claimed, with {@link #CLOSED} set once the ring is closed. */
  private final AtomicLong claimed;
  /** The last sequence the consumer is done with: its slot, and every one before, is free. */
  private volatile long released;
  private volatile boolean consumerParked;
  private volatile boolean closing;
  /** Producers waiting for room and callers of {@link #awaitReleased}, unparked on release. */
  private final Queue<Thread> waiting = new ConcurrentLinkedQueue<>();

  /**
   * @param capacity slots, a power of two: how far the consumer may fall behind before a
   *     producer waits
   * @param lastSequence the sequence already used, so the first claim is the one after it
   * @param consumer the one thread that takes from the ring
   */
  DeliveryRing(int capacity, long lastSequence, Thread consumer) {
    if (capacity < 1 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be a power of two");
    }
    this.slots = new AtomicReferenceArray<>(capacity);
    this.mask = capacity - 1;
    this.consumer = consumer;
    this.claimed = new AtomicLong(lastSequence);
    this.released = lastSequence;
  }

  /**
   * Numbers {@code event} with the next sequence and puts it in the ring, waiting for room if
   * the ring is full. Any thread.
   *
   * @return the event as numbered
   * @throws IllegalStateException once the ring is closed
   */
  OrderEvent publish(OrderEvent event) {
    long sequence = claimed.incrementAndGet();
    if (sequence < 0) {
      throw new IllegalStateException("the order feed is closed; event not numbered: " + event);
    }
    // From here the sequence is ours and the consumer waits for it: nothing may throw.
    awaitRoom(sequence);
    OrderEvent numbered = event.numbered(sequence);
    slots.set(index(sequence), numbered);
    if (consumerParked) {
      LockSupport.unpark(consumer);
    }
    return numbered;
  }

  /** The last sequence claimed (its event may not be written or delivered yet). */
  long lastClaimed() {
    long last = claimed.get();
    // once closed every claim was released, and failed claims still bump the counter
    return last < 0 ? released : last;
  }

  /**
   * Consumer only: waits until the event with {@code sequence} is written, then moves it and
   * the written events right after it (no gap) into {@code batch}, at most its length.
   *
   * @param sequence the one after the last taken
   * @return how many were taken; 0 once closed and every claimed event was taken
   */
  int take(long sequence, OrderEvent[] batch) {
    if (!awaitWritten(sequence)) {
      return 0;
    }
    int taken = 0;
    while (taken < batch.length) {
      int index = index(sequence + taken);
      OrderEvent event = slots.get(index);
      if (event == null || event.sequence() != sequence + taken) {
        break;
      }
      // cleared before the release that lets a producer write here, so no write is lost
      slots.setPlain(index, null);
      batch[taken++] = event;
    }
    return taken;
  }

  /** Consumer only: every event up to {@code sequence} is delivered; frees their slots. */
  void release(long sequence) {
    released = sequence;
    if (!waiting.isEmpty()) {
      waiting.forEach(LockSupport::unpark);
    }
  }

  /**
   * Waits until every event up to {@code sequence} is released (delivered), at most {@code
   * timeout}. Any thread but the consumer.
   *
   * @return whether they were; false on timeout or if the ring closed before
   */
  boolean awaitReleased(long sequence, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Thread self = Thread.currentThread();
    waiting.add(self);
    try {
      while (released < sequence) {
        long leftNanos = deadline - System.nanoTime();
        if (leftNanos <= 0) {
          return false;
        }
        LockSupport.parkNanos(this, leftNanos);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
      return true;
    } finally {
      waiting.remove(self);
    }
  }

  /**
   * Asks the consumer to stop once every event claimed so far is taken: later claims fail.
   * Returns at once; the caller joins the consumer thread.
   */
  void close() {
    closing = true;
    LockSupport.unpark(consumer);
  }

  /** Waits for the slot of {@code sequence - capacity} to be released (an uninterruptible wait). */
  private void awaitRoom(long sequence) {
    long previous = sequence - slots.length();
    for (int i = 0; i < SPINS && released < previous; i++) {
      Thread.onSpinWait();
    }
    if (released >= previous) {
      return;
    }
    Thread self = Thread.currentThread();
    boolean interrupted = false;
    waiting.add(self);
    try {
      // added before looking again: a release either sees us waiting or is seen here
      while (released < previous) {
        LockSupport.park(this);
        interrupted |= Thread.interrupted();
      }
    } finally {
      waiting.remove(self);
    }
    if (interrupted) {
      self.interrupt(); // the sequence had to be written; the caller still learns of it
    }
  }

  /**
   * Consumer only: waits until the event with {@code sequence} is written.
   *
   * @return false once closing and nothing was claimed from {@code sequence} on: the ring is
   *     closed and no claim can succeed any more
   */
  private boolean awaitWritten(long sequence) {
    int index = index(sequence);
    for (int i = 0; i < SPINS; i++) {
      if (isWritten(index, sequence)) {
        return true;
      }
      Thread.onSpinWait();
    }
    while (true) {
      consumerParked = true;
      // flagged before looking again: a producer either sees the flag or its write is seen here
      if (isWritten(index, sequence)) {
        consumerParked = false;
        return true;
      }
      // succeeds only if nobody claimed this sequence: then nobody ever will
      if (closing && claimed.compareAndSet(sequence - 1, (sequence - 1) | CLOSED)) {
        consumerParked = false;
        return false;
      }
      LockSupport.park(this);
      Thread.interrupted(); // nobody but close() should wake the consumer, and it uses a flag
    }
  }

  private boolean isWritten(int index, long sequence) {
    OrderEvent event = slots.get(index);
    return event != null && event.sequence() == sequence;
  }

  private int index(long sequence) {
    return (int) (sequence & mask);
  }
}
