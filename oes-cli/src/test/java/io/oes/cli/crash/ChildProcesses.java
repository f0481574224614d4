package io.oes.cli.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starting the suite's own processes (simulator, gateway) as a user would: a clean environment,
 * so that no variable of the machine (DATABASE_URL, NATS_ADDRESS, BINANCE_API_KEY…) overrides
 * the configuration the suite wrote, and output into a log file. Its nats-server is the tests'
 * shared runner's, which starts it the same way.
 */
final class ChildProcesses {
  private ChildProcesses() {}

  /** The java of the JVM running the suite, to start the distribution with. */
  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** Starts {@code command} in {@code workDir}, appending its output to {@code log}. */
  static Process start(List<String> command, Path workDir, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    String path = env.getOrDefault("PATH", "/usr/bin:/bin");
    String home = env.getOrDefault("HOME", workDir.toString());
    env.clear();
    env.put("PATH", path);
    env.put("HOME", home);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** A free loopback port (free now; the caller binds it soon after). */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until something accepts connections on {@code port}, or fails naming {@code what}. */
  static void awaitPort(int port, Process process, String what, Path log) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!accepting(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not start on port " + port + "; its log:\n"
            + tail(log));
      }
      pause(20);
    }
  }

  /** Kills with SIGKILL and waits until the process is gone. */
  static void kill(Process process) {
    process.destroyForcibly();
    waitGone(process);
  }

  /** SIGSTOP: the process stands still, its sockets open, until {@link #thaw}. */
  static void freeze(Process process) {
    signal(process, "-STOP");
  }

  /** SIGCONT: a frozen process goes on where it stood. */
  static void thaw(Process process) {
    signal(process, "-CONT");
  }

  private static void signal(Process process, String signal) {
    try {
      int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid()))
          .inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill " + signal + " " + process.pid() + " exited " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Asks to stop with SIGTERM and waits (then SIGKILL after 30 s). */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill(process);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The last lines of a log, for failure messages. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void waitGone(Process process) {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean accepting(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
