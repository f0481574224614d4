package io.oes.binance.resilience;

import java.time.Instant;

/**
 * A call that was not made because the circuit is open or the rate limit is reached; used only
 * where the port answers with a value rather than an outcome ({@code loadSymbolRules}).
 */
public final class CallRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Instant retryAt;

  public CallRefusedException(String reason, Instant retryAt) {
    super(reason, null, false, false);
    this.retryAt = retryAt;
  }

  /** The earliest instant the call may succeed in being made. */
  public Instant retryAt() {
    return retryAt;
  }
}
