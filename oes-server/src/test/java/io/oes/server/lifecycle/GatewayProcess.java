package io.oes.server.lifecycle;

import io.oes.server.Gateway;
import io.oes.server.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gateway in a process of its own, so a test can kill it as an operator's {@code kill -9}
 * or a crash would: no shutdown hook, no close, nothing said to the exchange.
 */
final class GatewayProcess implements AutoCloseable {
  private static final String READY = "OES-READY grpc=";
  private static final Pattern READY_LINE = Pattern.compile(READY + "(\\d+)");

  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final CompletableFuture<Integer> grpcPort = new CompletableFuture<>();

  /** In the child: starts the gateway configured by the YAML file {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Gateway gateway = Gateway.start(new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0"))
        .parse(Files.readString(Path.of(args[0]))), "test");
    System.out.println(READY + gateway.grpcPort());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  private GatewayProcess(Process process) {
    this.process = process;
    Thread.ofVirtual().start(() -> {
      try (var lines = process.inputReader()) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          synchronized (output) {
            output.add(line);
          }
          Matcher ready = READY_LINE.matcher(line);
          if (ready.find()) {
            grpcPort.complete(Integer.parseInt(ready.group(1)));
          }
        }
      } catch (IOException e) {
        grpcPort.completeExceptionally(e);
      }
      grpcPort.completeExceptionally(new IllegalStateException("the gateway process ended"));
    });
  }

  /** Starts a JVM with this test's class path running a gateway configured by {@code yaml}. */
  static GatewayProcess start(Path yaml) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(java, "-cp", classPath, GatewayProcess.class.getName(),
        yaml.toString()).redirectErrorStream(true).start();
    return new GatewayProcess(process);
  }

  /** The child's gRPC port, once its gateway is ready. */
  int awaitReady() throws Exception {
    try {
      return grpcPort.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the gateway process did not become ready:\n" + output(), e);
    }
  }

  /** Kills the process at once (SIGKILL), as {@code kill -9} does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
