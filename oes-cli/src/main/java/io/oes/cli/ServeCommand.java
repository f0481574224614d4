package io.oes.cli;

import io.oes.server.Gateway;
import io.oes.server.config.ConfigException;
import io.oes.server.config.ConfigLoader;
import io.oes.server.config.LogFormat;
import io.oes.server.config.LogSettings;
import io.oes.server.config.OesConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oes serve}: the gateway. With no configuration it runs the embedded default: the
 * simulator on loopback, in-memory store, cache and events, gRPC on 50051, HTTP on 9091.
 */
@Command(name = "serve", description = "Run the order execution gateway.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = {"-c", "--config"}, description = "YAML configuration file (default: built-in defaults).")
  private Path config;

  @Option(names = "--check",
      description = "Only load and validate the configuration, then exit: 0 valid, 2 invalid.")
  private boolean check;

  @Override
  public Integer call() throws Exception {
    return serve(config, check, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** {@code oes serve} with no option: what {@link OesCommand#main} runs without picocli. */
  static int serveDefaults() throws Exception {
    return serve(null, false, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** Serves until the process is stopped; the exit code. {@code config} null: the defaults. */
  private static int serve(Path config, boolean check, PrintWriter out, PrintWriter err)
      throws Exception {
    // Logback reads its XML while the configuration loads: neither needs the other, and each
    // takes a noticeable share of the start.
    Thread logging = check ? null : Thread.ofPlatform().name("start-logging").daemon()
        .start(LoggerFactory::getILoggerFactory);
    OesConfig settings;
    try {
      ConfigLoader loader = ConfigLoader.fromSystemEnvironment();
      settings = config == null ? loader.loadDefaults() : loader.load(config);
    } catch (ConfigException e) {
      err.println("oes serve: invalid configuration");
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    if (check) {
      out.println("oes serve: configuration valid: " + summary(settings));
      out.flush();
      return 0;
    }
    if (logging != null) {
      logging.join();
    }
    LogSettings.apply(settings.log());
    Gateway gateway;
    try {
      gateway = Gateway.start(settings, OesVersion.current());
    } catch (RuntimeException e) {
      err.println("oes serve: cannot start: " + e.getMessage());
      err.flush();
      return 1;
    }
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      gateway.close();
      LogSettings.flush();
      closed.countDown();
    }, "oes-shutdown"));
    // scripts/startup-archive.sh waits for this line (" ready: gRPC on ") in its training run.
    String ready = "oes " + OesVersion.current() + " ready: gRPC on " + settings.server().host()
        + ":" + gateway.grpcPort() + ", HTTP on " + settings.server().host() + ":"
        + gateway.httpPort();
    if (settings.log().format() == LogFormat.JSON) {
      // a log shipper reads every line of standard output as one JSON object
      LoggerFactory.getLogger(ServeCommand.class).info(ready);
    } else {
      System.out.println(ready);
    }
    closed.await();
    return 0;
  }

  // Names the choices an operator checks before a start; never a secret.
  private static String summary(OesConfig settings) {
    return "exchange " + settings.exchange().mode().configName()
        + ", accounts " + settings.exchange().accounts().size()
        + ", store " + settings.store().type().configName()
        + ", cache " + settings.cache().type().configName()
        + ", events " + settings.events().type().configName()
        + ", gRPC " + settings.server().host() + ":" + settings.server().grpcPort()
        + ", HTTP " + settings.server().host() + ":" + settings.server().httpPort();
  }
}
