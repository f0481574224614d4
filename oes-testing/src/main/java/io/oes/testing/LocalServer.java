package io.oes.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code nats-server} or {@code redis-server} of the test's own, on loopback, that the test
 * starts, stops and starts again at will; the machine's shared servers are never touched.
 *
 * <p>The port is chosen once, when the server is created, so a restarted server is found at
 * the same address by clients that reconnect, and a server never started is an address where
 * nothing answers. A JetStream server keeps its streams in the directory the test names, so
 * they survive a restart.
 *
 * <p>The server runs with an environment of PATH and HOME only, so no variable of the machine
 * changes how it runs. Its output is discarded unless {@link #logTo} names a file.
 *
 * <pre>{@code
 * try (LocalServer nats = LocalServer.natsJetStream(dir.resolve("jetstream")).start()) {
 *   connect(nats.url());
 *   nats.stop();  // an outage: clients reconnect to the same URL once it is back
 *   nats.start();
 * }
 * }</pre>
 */
public final class LocalServer implements AutoCloseable {
  private static final String NATS_BINARY = "/usr/sbin/nats-server";
  // generous: the machine is shared, and a start that fails early fails at once anyway
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final String scheme;
  private final List<String> command;
  private final int port;
  private Path log;
  private Process process;

  private LocalServer(String name, String scheme, int port, List<String> command) {
    this.name = name;
    this.scheme = scheme;
    this.port = port;
    this.command = List.copyOf(command);
  }

  /** A nats-server without JetStream: core NATS keeps nothing across a restart. */
  public static LocalServer nats() {
    int port = Ports.free();
    return new LocalServer("nats-server", "nats", port, natsCommand(port));
  }

  /** A nats-server with JetStream, keeping its streams in {@code storeDir}. */
  public static LocalServer natsJetStream(Path storeDir) {
    int port = Ports.free();
    List<String> command = new ArrayList<>(natsCommand(port));
    command.addAll(List.of("-js", "-sd", storeDir.toString()));
    return new LocalServer("nats-server", "nats", port, command);
  }

  /** A redis-server that writes nothing to disk: a restart empties it. */
  public static LocalServer redis() {
    int port = Ports.free();
    return new LocalServer("redis-server", "redis", port, List.of("redis-server", "--port",
        String.valueOf(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
  }

  /** Appends the server's output to {@code file} from the next start on. */
  public LocalServer logTo(Path file) {
    this.log = file;
    return this;
  }

  /** The loopback port, the same for every start. */
  public int port() {
    return port;
  }

  /** {@code 127.0.0.1:port}, as the gateway's REDIS_ADDRESS takes it. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /** {@code nats://127.0.0.1:port} or {@code redis://127.0.0.1:port}. */
  public String url() {
    return scheme + "://" + address();
  }

  /**
   * Starts the server and returns it once it accepts connections. Fails with an
   * {@link IllegalStateException} if it exits first or is not up within 60 s, and then leaves
   * nothing running.
   */
  public LocalServer start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " on port " + port + " is already running");
    }
    process = launch();
    try {
      awaitAccepting();
    } catch (RuntimeException e) {
      stop(); // a server that is slow rather than dead must not outlive the test
      throw e;
    }
    return this;
  }

  /**
   * Stops the server with SIGTERM, as an operator would, and returns once it is gone; SIGKILL
   * if it has not stopped after 30 s. Nothing happens when it is not running.
   */
  public void stop() {
    if (process == null) {
      return;
    }
    Process stopping = process;
    process = null;
    stopping.destroy();
    try {
      if (!stopping.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        stopping.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitAccepting() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!Ports.accepting(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " did not start on port " + port
            + (process.isAlive() ? " within " + START_TIMEOUT.toSeconds() + " s" : "")
            + lastLines());
      }
      pause();
    }
  }

  private static List<String> natsCommand(int port) {
    // the Debian package installs it outside a user's PATH
    String binary = Files.isExecutable(Path.of(NATS_BINARY)) ? NATS_BINARY : "nats-server";
    return List.of(binary, "-a", "127.0.0.1", "-p", String.valueOf(port));
  }

  private Process launch() {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD
            : ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    String path = env.getOrDefault("PATH", "/usr/bin:/bin");
    String home = env.getOrDefault("HOME", System.getProperty("java.io.tmpdir"));
    env.clear();
    env.put("PATH", path);
    env.put("HOME", home);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** The last lines of the log, for a failure message; nothing when output is discarded. */
  private String lastLines() {
    if (log == null) {
      return "";
    }
    try {
      List<String> lines = Files.readAllLines(log);
      return "; its log " + log + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "; no log at " + log + ": " + e.getMessage();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a server to start", e);
    }
  }
}
