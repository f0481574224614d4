package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code docker run --env-file .env …} line without Docker: the image's entry
 * point run as a process with the environment the container would get (the image's ENV, then
 * {@code .env.example} as {@code --env-file} reads it, then the line's {@code -e} options). The
 * gateway must come up listening on every interface, so that the published ports reach it, and
 * every line it writes, gRPC's own included, must be a JSON object (the image logs JSON for log
 * shippers).
 */
@Timeout(120)
class ContainerEntryPointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern READY = Pattern.compile(
      "Gateway ready: .*gRPC (\\S+):(\\d+), HTTP (\\S+):(\\d+)");

  @TempDir
  Path workDir;

  /** The environment of the container the README starts. */
  private static Map<String, String> containerEnvironment() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String variables : Dockerfile.read().all("ENV")) {
      Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(variables);
      while (pair.find()) {
        env.put(pair.group(1), pair.group(2));
      }
    }
    // --env-file: NAME=VALUE taken as written (no quotes, no expansion); # starts a comment line
    for (String line : Files.readAllLines(RepositoryFiles.path(".env.example"))) {
      int equals = line.indexOf('=');
      if (!line.isBlank() && !line.strip().startsWith("#") && equals > 0) {
        env.put(line.substring(0, equals).strip(), line.substring(equals + 1));
      }
    }
    Matcher option = Pattern.compile(" -e (\\w+)=(\\S+)").matcher(readmeDockerRun());
    while (option.find()) {
      env.put(option.group(1), option.group(2));
    }
    return env;
  }

  /** The README's first {@code docker run --env-file .env} command. */
  private static String readmeDockerRun() throws IOException {
    Matcher command = Pattern.compile("`(docker run --env-file \\.env[^`]*)`")
        .matcher(Files.readString(RepositoryFiles.path("README.md")));
    assertThat(command.find()).as("the README shows docker run --env-file .env").isTrue();
    return command.group(1);
  }

  /** The entry point, with this JVM's java and classes in place of the image's jar. */
  private static List<String> entryPoint() throws IOException {
    List<String> command = new ArrayList<>();
    for (JsonNode word : JSON.readTree(Dockerfile.read().all("ENTRYPOINT").getLast())) {
      command.add(word.asText());
    }
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int jar = command.indexOf("-jar");
    command.set(jar, "-cp");
    command.set(jar + 1, System.getProperty("java.class.path"));
    command.add(jar + 2, "io.oes.cli.OesCommand");
    return command;
  }

  @Test
  void theReadmesContainerListensOnEveryInterfaceAndLogsOneJsonObjectPerLine()
      throws Exception {
    Map<String, String> env = containerEnvironment();
    // this machine's 50051 and 9091 may be taken by another gateway: any free ports
    env.put("GRPC_PORT", "0");
    env.put("HTTP_PORT", "0");
    ProcessBuilder builder = new ProcessBuilder(entryPoint()).directory(workDir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    builder.environment().putAll(env);
    Process gateway = builder.start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = Thread.ofVirtual().start(() -> readLines(gateway, lines));
    try {
      Matcher ready = awaitReady(gateway, lines);

      assertThat(ready.group(1)).as("gRPC host").isEqualTo("0.0.0.0");
      assertThat(ready.group(3)).as("HTTP host").isEqualTo("0.0.0.0");
      assertThat(healthReady(Integer.parseInt(ready.group(4)))).isEqualTo(200);
      // gRPC itself logs a request over the size cap: that line must be JSON too
      sendOversizedRequest(Integer.parseInt(ready.group(2)));
      awaitLine(gateway, lines, "exceeds maximum size");
    } finally {
      gateway.destroy();
      gateway.waitFor(30, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode entry = logEntry(line);
      assertThat(entry.isObject()).as(line).isTrue();
      assertThat(entry.path("level").asText()).as(line).isNotEmpty();
      assertThat(entry.path("loggerName").asText()).as(line).isNotEmpty();
      assertThat(entry.has("formattedMessage")).as(line).isTrue();
    }
  }

  private static JsonNode logEntry(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException notJson) {
      throw new AssertionError("a log line that is not JSON: " + line, notJson);
    }
  }

  private static void readLines(Process process, List<String> lines) {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException ended) {
      // the process is gone; what it wrote is in lines
    }
  }

  /** The "Gateway ready" log line, read from its JSON; fails if the gateway exits first. */
  private static Matcher awaitReady(Process gateway, List<String> lines) throws Exception {
    Matcher ready = READY.matcher(awaitLine(gateway, lines, "Gateway ready: "));
    assertThat(ready.find()).isTrue();
    return ready;
  }

  /** The message of the first log line containing {@code text}, read from its JSON. */
  private static String awaitLine(Process gateway, List<String> lines, String text)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && gateway.isAlive()) {
      for (String line : lines) {
        String message = logEntry(line).path("formattedMessage").asText();
        if (message.contains(text)) {
          return message;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the gateway logged no \"" + text + "\"; it wrote:\n"
        + String.join("\n", lines));
  }

  private static void sendOversizedRequest(int grpcPort) throws InterruptedException {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort)
        .usePlaintext().build();
    try {
      OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
          .createOrder(CreateOrderRequest.newBuilder().setSymbol("A".repeat(100_000)).build());
    } catch (StatusRuntimeException refused) {
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static int healthReady(int httpPort) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
          + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
  }
}
