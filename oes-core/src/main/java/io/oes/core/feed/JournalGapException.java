package io.oes.core.feed;

/**
 * A resume point older than anything still held: the events after it are gone (the journal
 * was pruned), so resuming would silently skip them.
 */
public final class JournalGapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long fromSequence;
  private final long oldestSequence;

  public JournalGapException(long fromSequence, long oldestSequence) {
    super("from_sequence " + fromSequence + " is older than the oldest update held (sequence "
        + oldestSequence + "); resume with from_sequence " + (oldestSequence - 1)
        + " or later, or 0 for live updates only");
    this.fromSequence = fromSequence;
    this.oldestSequence = oldestSequence;
  }

  /** Where the subscriber wanted to resume after. */
  public long fromSequence() {
    return fromSequence;
  }

  /** The oldest sequence still held. */
  public long oldestSequence() {
    return oldestSequence;
  }
}
