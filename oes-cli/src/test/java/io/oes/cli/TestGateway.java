package io.oes.cli;

import io.oes.server.Gateway;
import io.oes.server.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real gateway on free loopback ports (the embedded default: simulator, embedded SQLite store in a
 * fresh temporary folder, in-process cache and events), for driving the client commands end to
 * end.
 */
public final class TestGateway implements AutoCloseable {

  private final Gateway gateway;

  private TestGateway(Gateway gateway) {
    this.gateway = gateway;
  }

  public static TestGateway start() {
    var config = new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + temporaryFolder() + "/oes.db")).loadDefaults();
    return new TestGateway(Gateway.start(config, "test"));
  }

  private static Path temporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("oes-cli-test");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code --target} pointing at this gateway. */
  public String target() {
    return "127.0.0.1:" + gateway.grpcPort();
  }

  /** Runs {@code oes args… --target} this gateway, in this JVM. */
  public CliRun run(String... args) {
    String[] withTarget = new String[args.length + 2];
    System.arraycopy(args, 0, withTarget, 0, args.length);
    withTarget[args.length] = "--target";
    withTarget[args.length + 1] = target();
    return CliRun.of(withTarget);
  }

  /** {@code --http} pointing at this gateway. */
  public String http() {
    return "127.0.0.1:" + gateway.httpPort();
  }

  @Override
  public void close() {
    gateway.close();
  }
}
