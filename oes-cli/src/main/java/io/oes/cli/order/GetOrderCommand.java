package io.oes.cli.order;

import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrderResponse;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OrderFormat;
import io.oes.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oes order get}: GetOrder, by order id or by client order id. */
@Command(name = "get", description = {"Show one order (GetOrder).",
    "Exit 0: found; 1: NOT_FOUND or another failure; 2: usage."})
public final class GetOrderCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;
  @Mixin
  private OrderReference reference;

  @Override
  public Integer call() {
    reference.requireOne(spec.commandLine());
    GetOrderRequest request = GetOrderRequest.newBuilder().setOrderId(reference.orderId())
        .setClientOrderId(reference.clientOrderId()).setUserId(reference.user()).build();
    try (GatewayChannel channel = gateway.open()) {
      GetOrderResponse response = channel.orders().getOrder(request);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        OrderFormat.details(response.getOrder(), out);
      }
      out.flush();
      return 0;
    }
  }
}
