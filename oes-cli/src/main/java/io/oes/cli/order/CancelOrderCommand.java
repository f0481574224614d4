package io.oes.cli.order;

import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
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

/** {@code oes order cancel}: CancelOrder, by order id or by client order id. */
@Command(name = "cancel", description = {"Cancel an open order (CancelOrder).",
    "Exit 0: canceled; 1: refused (e.g. FAILED_PRECONDITION for a finished order); 2: usage."})
public final class CancelOrderCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;
  @Mixin
  private OrderReference reference;

  @Option(names = "--symbol", defaultValue = "", description = "Symbol of the order (optional).")
  private String symbol;

  @Override
  public Integer call() {
    reference.requireOne(spec.commandLine());
    CancelOrderRequest request = CancelOrderRequest.newBuilder().setOrderId(reference.orderId())
        .setSymbol(symbol).setClientOrderId(reference.clientOrderId())
        .setUserId(reference.user()).build();
    try (GatewayChannel channel = gateway.open()) {
      CancelOrderResponse response = channel.orders().cancelOrder(request);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        new Table("ORDER ID", "STATE", "MESSAGE")
            .row(response.getOrderId(), response.getState().name(), response.getErrorMessage())
            .print(out);
      }
      out.flush();
      return 0;
    }
  }
}
