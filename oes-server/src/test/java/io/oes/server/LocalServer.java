package io.oes.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A Redis or NATS server of the test's own, on a free loopback port, that the test stops and
 * starts at will (the shared servers of the machine are never touched).
 */
final class LocalServer implements AutoCloseable {
  private final String name;
  private final IntFunction<List<String>> command;
  private final int port;
  private Process process;

  private LocalServer(String name, IntFunction<List<String>> command) throws IOException {
    this.name = name;
    this.command = command;
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  static LocalServer redis() throws IOException {
    return new LocalServer("redis-server", port -> List.of("redis-server", "--port",
        String.valueOf(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
  }

  static LocalServer nats(java.nio.file.Path jetStreamDir) throws IOException {
    return new LocalServer("nats-server", port -> new ArrayList<>(List.of("/usr/sbin/nats-server",
        "-a", "127.0.0.1", "-p", String.valueOf(port), "-js", "-sd", jetStreamDir.toString())));
  }

  int port() {
    return port;
  }

  /** Starts the server and waits until it accepts connections. */
  void start() throws Exception {
    process = new ProcessBuilder(command.apply(port)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!accepting()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException(name + " did not start on port " + port);
      }
      Thread.sleep(20);
    }
  }

  /** Stops the server and waits until it is gone. */
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      process = null;
    }
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean accepting() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
