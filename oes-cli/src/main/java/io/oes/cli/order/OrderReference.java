package io.oes.cli.order;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which order a command means: the gateway's order id, or the client order id of a user.
 * Mixed into {@code get}, {@code cancel} and {@code amend}.
 */
public final class OrderReference {

  @Parameters(index = "0", arity = "0..1", paramLabel = "ORDER_ID",
      description = "The gateway's order id.")
  private String orderId;

  @Option(names = "--client-order-id", description = "The client's order id, instead of ORDER_ID.")
  private String clientOrderId;

  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "Owner of --client-order-id (env OES_USER).")
  private String user;

  /** Exactly one of ORDER_ID and --client-order-id, else a usage error. */
  void requireOne(CommandLine command) {
    if ((orderId == null) == (clientOrderId == null)) {
      throw new CommandLine.ParameterException(command,
          "give either ORDER_ID or --client-order-id, not both or neither");
    }
  }

  String orderId() {
    return orderId == null ? "" : orderId;
  }

  String clientOrderId() {
    return clientOrderId == null ? "" : clientOrderId;
  }

  String user() {
    return user;
  }
}
