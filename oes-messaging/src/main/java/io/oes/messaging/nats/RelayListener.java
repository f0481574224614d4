package io.oes.messaging.nats;

/**
 * Told by the relay thread what it did, for metrics. Must return quickly and not throw.
 */
public interface RelayListener {
  RelayListener NONE = new RelayListener() {
    @Override
    public void onPublished(int events) {}

    @Override
    public void onFailed() {}
  };

  /** {@code events} more events were confirmed by NATS and the cursor moved past them. */
  void onPublished(int events);

  /** An attempt to read, publish or move the cursor failed; it is retried after a pause. */
  void onFailed();
}
