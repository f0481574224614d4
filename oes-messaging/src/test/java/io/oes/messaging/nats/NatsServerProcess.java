package io.oes.messaging.nats;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A nats-server of the test's own, on a free port, that the test stops and starts at will. */
final class NatsServerProcess implements AutoCloseable {
  private static final String BINARY = "/usr/sbin/nats-server";

  private final int port;
  private final Path jetStreamDir;
  private Process process;

  /** @param jetStreamDir where JetStream keeps its files, or null for core NATS only */
  NatsServerProcess(Path jetStreamDir) throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
    this.jetStreamDir = jetStreamDir;
  }

  String url() {
    return "nats://127.0.0.1:" + port;
  }

  /** Starts the server and waits until it accepts connections. */
  void start() throws Exception {
    List<String> command = new ArrayList<>(List.of(BINARY, "-a", "127.0.0.1", "-p",
        String.valueOf(port)));
    if (jetStreamDir != null) {
      command.addAll(List.of("-js", "-sd", jetStreamDir.toString()));
    }
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!accepting()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("nats-server did not start on port " + port);
      }
      Thread.sleep(20);
    }
  }

  /** Stops the server (SIGTERM) and waits until it is gone. */
  void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
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
