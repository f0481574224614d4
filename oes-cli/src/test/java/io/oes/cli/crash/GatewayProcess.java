package io.oes.cli.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as its own process ({@code java -jar oes.jar serve --config …}) on fixed ports and
 * the same data every time it starts: started, killed with SIGKILL, started again.
 */
final class GatewayProcess implements KilledGateway {
  private final Path jar;
  private final Path workDir;
  private final Path config;
  private final int grpcPort;
  private final int httpPort;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(1)).build();
  private final String name;
  private Process process;
  private int starts;

  GatewayProcess(Path jar, Path workDir, StandaloneSimulator exchange, String storeYaml) {
    this(jar, workDir, "", exchange, """
        - id: main
          api_key: %s
          secret_key: %s
          users: []
        """.formatted(StandaloneSimulator.API_KEY, StandaloneSimulator.SECRET_KEY), storeYaml);
  }

  /**
   * @param name tells its config and logs from another instance's in {@code workDir}
   * @param accountsYaml the list of {@code exchange.accounts}
   */
  GatewayProcess(Path jar, Path workDir, String name, StandaloneSimulator exchange,
      String accountsYaml, String storeYaml) {
    this.jar = jar;
    this.workDir = workDir;
    this.name = name;
    this.grpcPort = ChildProcesses.freePort();
    this.httpPort = ChildProcesses.freePort();
    this.config = workDir.resolve("oes" + name + ".yaml");
    try {
      Files.writeString(config, yaml(exchange, accountsYaml, storeYaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int grpcPort() {
    return grpcPort;
  }

  /** Starts it and returns once {@code /health/ready} answers 200; fails if it exits first. */
  @Override
  public void start() {
    launch();
    awaitReady();
  }

  /** Starts it and returns at once (a standby is not ready until it takes over). */
  void launch() {
    starts++;
    process = ChildProcesses.start(List.of(ChildProcesses.java(), "-jar", jar.toString(), "serve",
        "--config", config.toString()), workDir, log());
  }

  private Path log() {
    return workDir.resolve("gateway" + name + "-" + starts + ".log");
  }

  /** Returns once {@code /health/ready} answers 200; fails if it exits first. */
  void awaitReady() {
    Path log = log();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!ready()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the gateway did not become ready (start " + starts
            + ", " + (process.isAlive() ? "still running" : "exited " + process.exitValue())
            + "); its log " + log + ":\n" + ChildProcesses.tail(log));
      }
      ChildProcesses.pause(25);
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  @Override
  public void kill() {
    ChildProcesses.kill(process);
  }

  /** SIGSTOP: it stands still, holding its connections, until {@link #thaw}. */
  void freeze() {
    ChildProcesses.freeze(process);
  }

  void thaw() {
    ChildProcesses.thaw(process);
  }

  /** The body of {@code /health}, or empty when it does not answer. */
  String health() {
    try {
      return http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + httpPort + "/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The log of its current (or last) start, for failure messages. */
  String logTail() {
    return ChildProcesses.tail(log());
  }

  /** SIGTERM: the gateway's own orderly shutdown. */
  @Override
  public void stop() {
    if (process != null && process.isAlive()) {
      ChildProcesses.stop(process);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private boolean ready() {
    try {
      HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
          .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Testnet mode pointed at the standalone simulator; its rate limits, the dead-man switch and
   * the training run before ready off (the suite stops and starts the gateway all the time);
   * frequent reconciliation.
   */
  private String yaml(StandaloneSimulator exchange, String accountsYaml, String storeYaml) {
    return """
        server:
          host: 127.0.0.1
          grpc_port: %d
          http_port: %d
        exchange:
          mode: testnet
          base_url: %s
          ws_url: %s
          cancel_countdown_s: 0
          reconcile_interval_s: 2
          accounts:
        %s
        rate_limit:
          enabled: false
        """.formatted(grpcPort, httpPort, exchange.baseUrl(), exchange.webSocketUrl(),
        accountsYaml.indent(4).stripTrailing()) + storeYaml;
  }
}
