package io.oes.core.testing;

import io.oes.core.engine.EngineSettings;
import java.time.Duration;

/** Engine settings for tests: the exchange's usual recvWindow, look-ups without real waits. */
public final class TestSettings {
  private TestSettings() {}

  /**
   * recvWindow 5 s and 1 s of clock margin; look-ups 1–5 ms apart; answers within 2 s; stream
   * events awaited 200 ms.
   */
  public static EngineSettings fast() {
    return new EngineSettings("oes-", Duration.ofSeconds(5), Duration.ofSeconds(1),
        Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(500), Duration.ofSeconds(2),
        Duration.ofMillis(200));
  }

  /** {@link #fast()}, but waiting {@code wait} for the stream's events (and for answers). */
  public static EngineSettings fastWithStreamEventWait(Duration wait) {
    EngineSettings fast = fast();
    return new EngineSettings(fast.clientIdPrefix(), fast.recvWindow(), fast.clockMargin(),
        fast.unknownOutcomeBackoff(), fast.unknownOutcomeMaxBackoff(), fast.intentCommitTimeout(),
        wait, wait);
  }
}
