package io.oes.cli.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The gRPC address of a running gateway, how long to wait for it, and how to authenticate:
 * an API key ({@code --api-key} or {@code OES_API_KEY}) and TLS ({@code --tls}, {@code
 * --ca-cert}, and {@code --client-cert}/{@code --client-key} for mutual TLS). Mixed into
 * commands.
 */
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

  @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:OES_API_KEY}",
      description = "API key sent as 'authorization: Bearer KEY' (env OES_API_KEY; prefer the "
          + "variable: a command line is visible to other users).")
  private String apiKey;

  @Option(names = "--tls", description = "Talk TLS (implied by --ca-cert and --client-cert).")
  private boolean tls;

  @Option(names = "--ca-cert", paramLabel = "FILE",
      description = "PEM CA that signed the gateway's certificate (default: the system's CAs).")
  private Path caCert;

  @Option(names = "--client-cert", paramLabel = "FILE",
      description = "PEM client certificate for mutual TLS (with --client-key).")
  private Path clientCert;

  @Option(names = "--client-key", paramLabel = "FILE",
      description = "PKCS#8 PEM private key of --client-cert.")
  private Path clientKey;

  /** A channel to the target; a malformed target or an unreadable file is a usage error. */
  public GatewayChannel open() {
    CommandLine cli = command.commandLine();
    HostPort address = HostPort.parse(target, "--target", cli);
    ClientSecurity security = security();
    try {
      return new GatewayChannel(address, timeoutMs, security);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli,
          "--ca-cert/--client-cert/--client-key: cannot use the file(s): " + e.getMessage());
    }
  }

  /** The key and TLS choices; a client certificate without its key is a usage error. */
  public ClientSecurity security() {
    if ((clientCert == null) != (clientKey == null)) {
      throw new CommandLine.ParameterException(command.commandLine(),
          "--client-cert and --client-key go together (mutual TLS needs both)");
    }
    Optional<String> key = Optional.ofNullable(apiKey).map(String::strip)
        .filter(k -> !k.isEmpty());
    return new ClientSecurity(key, tls, Optional.ofNullable(caCert),
        Optional.ofNullable(clientCert), Optional.ofNullable(clientKey));
  }

  public long timeoutMs() {
    return timeoutMs;
  }
}
