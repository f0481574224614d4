package io.oes.cli.crash;

/** One event of the gateway's journal ({@code order_events}), or one published from it. */
record JournalEvent(long sequence, String orderId, String updateType, boolean fill) {

  /** Same sequence, order and kind of change: the published event is this journal entry. */
  boolean sameAs(JournalEvent other) {
    return sequence == other.sequence && orderId.equals(other.orderId)
        && updateType.equals(other.updateType);
  }
}
