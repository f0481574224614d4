package io.oes.cli.order;

import io.oes.api.CancelAllOrdersRequest;
import io.oes.api.CancelAllOrdersResponse;
import io.oes.api.Order;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.Table;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oes order cancel-all}: CancelAllOrders, by symbol and/or user. */
@Command(name = "cancel-all", description = {
    "Cancel every open order of a symbol, of a user, or both (CancelAllOrders).",
    "Without --user the gateway cancels each symbol's orders with one exchange request",
    "(DELETE /fapi/v1/allOpenOrders); with --user one order at a time, so that other users'",
    "orders stay.",
    "Exit 0: every order canceled; 1: the call failed or some cancels could not be confirmed",
    "(listed with the reason); 2: usage."})
public final class CancelAllOrdersCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Option(names = "--symbol", defaultValue = "",
      description = "Only this symbol's orders (default: every symbol).")
  private String symbol;

  @Option(names = "--user", defaultValue = "",
      description = "Only this user's orders (default: every user; needs an admin key).")
  private String user;

  @Override
  public Integer call() {
    if (symbol.isBlank() && user.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--symbol or --user is needed: cancel-all without either would cancel every order "
              + "of every user on every symbol");
    }
    CancelAllOrdersRequest request = CancelAllOrdersRequest.newBuilder().setSymbol(symbol)
        .setUserId(user).build();
    try (GatewayChannel channel = gateway.open()) {
      CancelAllOrdersResponse response = channel.orders().cancelAllOrders(request);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        print(response, out);
      }
      out.flush();
      return response.getFailedOrderIdsCount() == 0 ? 0 : 1;
    }
  }

  private static void print(CancelAllOrdersResponse response, PrintWriter out) {
    Table table = new Table("ORDER ID", "SYMBOL", "USER", "STATE", "MESSAGE");
    for (Order order : response.getCanceledList()) {
      table.row(order.getOrderId(), order.getSymbol(), order.getUserId(),
          order.getState().name(), "");
    }
    for (int i = 0; i < response.getFailedOrderIdsCount(); i++) {
      table.row(response.getFailedOrderIds(i), "", "", "NOT CONFIRMED",
          response.getFailureReasons(i));
    }
    if (table.isEmpty()) {
      out.println("no open order matched");
    } else {
      table.print(out);
    }
  }
}
