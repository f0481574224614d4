package io.oes.server;

import io.oes.server.health.CheckResult;
import java.util.function.Supplier;

/**
 * One storage or messaging backend as the gateway uses it: the port it implements, how to ask
 * it how it is, and how to close it.
 */
record Backend<T>(T port, Supplier<CheckResult> probe, AutoCloseable closer) {

  /** A backend that lives in this process: always healthy, nothing to close. */
  static <T> Backend<T> inProcess(T port, String description) {
    return new Backend<>(port, () -> CheckResult.healthy(description), () -> { });
  }
}
