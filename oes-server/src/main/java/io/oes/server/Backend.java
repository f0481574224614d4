package io.oes.server;

import io.oes.core.feed.OrderEvent;
import io.oes.server.health.CheckResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * One storage or messaging backend as the gateway uses it: the port it implements, how to ask
 * it how it is, how to close it, and how to ready it before the gateway reports ready.
 */
record Backend<T>(T port, Supplier<CheckResult> probe, AutoCloseable closer, WarmUp warmUp) {

  /** Readies a backend on scratch events, leaving no trace; says what it did, for the log. */
  @FunctionalInterface
  interface WarmUp {
    WarmUp NOTHING = scratch -> "nothing to ready";

    String run(List<OrderEvent> scratch);
  }

  /** A backend with nothing to ready before use. */
  Backend(T port, Supplier<CheckResult> probe, AutoCloseable closer) {
    this(port, probe, closer, WarmUp.NOTHING);
  }

  /** A backend that lives in this process: always healthy, nothing to close or ready. */
  static <T> Backend<T> inProcess(T port, String description) {
    return new Backend<>(port, () -> CheckResult.healthy(description), () -> { });
  }
}
