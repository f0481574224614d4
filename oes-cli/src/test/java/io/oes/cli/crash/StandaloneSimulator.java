package io.oes.cli.crash;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code oes sim} in its own process, limits lifted, with two accounts whose keys the suite
 * knows: the exchange the gateway trades on and the suite counts orders on. The second is
 * traded only by the failover run.
 */
final class StandaloneSimulator implements AutoCloseable {
  static final String API_KEY = "crash-suite-key";
  static final String SECRET_KEY = "crash-suite-secret";
  static final String SECOND_API_KEY = "crash-suite-second-key";
  static final String SECOND_SECRET_KEY = "crash-suite-second-secret";

  private final int port;
  private final Process process;

  private StandaloneSimulator(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  static StandaloneSimulator start(Path jar, Path workDir) {
    int port = ChildProcesses.freePort();
    Path log = workDir.resolve("simulator.log");
    Process process = ChildProcesses.start(List.of(ChildProcesses.java(), "-jar",
        jar.toString(), "sim", "--port", String.valueOf(port), "--no-rate-limits",
        "--api-key", API_KEY, "--secret-key", SECRET_KEY,
        "--account", SECOND_API_KEY + ":" + SECOND_SECRET_KEY), workDir, log);
    ChildProcesses.awaitPort(port, process, "oes sim", log);
    return new StandaloneSimulator(port, process);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  String webSocketUrl() {
    return "ws://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
  }
}
