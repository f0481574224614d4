package io.oes.cli.client;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The gRPC address of a running gateway and how long to wait for it; mixed into commands. */
public final class GatewayOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--target", paramLabel = "HOST:PORT",
      defaultValue = "${env:OES_TARGET:-127.0.0.1:50051}",
      description = "gRPC address of the gateway (default: ${DEFAULT-VALUE}; env OES_TARGET).")
  private String target;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
      description = "How long to wait for an answer, in milliseconds (default: ${DEFAULT-VALUE}).")
  private long timeoutMs;

  /** A plaintext channel to the target; a malformed target is a usage error. */
  public GatewayChannel open() {
    return new GatewayChannel(HostPort.parse(target, "--target", command.commandLine()),
        timeoutMs);
  }

  public long timeoutMs() {
    return timeoutMs;
  }
}
