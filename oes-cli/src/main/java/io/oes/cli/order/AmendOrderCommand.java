package io.oes.cli.order;

import io.oes.api.AmendOrderRequest;
import io.oes.api.AmendOrderResponse;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OrderFormat;
import io.oes.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oes order amend}: AmendOrder, a new price and/or quantity for an open LIMIT order. */
@Command(name = "amend", description = {"Change an open LIMIT order's quantity or price (AmendOrder).",
    "Exit 0: amended; 1: refused (e.g. INVALID_ARGUMENT for a price off the tick); 2: usage."})
public final class AmendOrderCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;
  @Mixin
  private OrderReference reference;

  @Option(names = {"-q", "--quantity"}, description = "New total quantity, a decimal.")
  private BigDecimal quantity;
  @Option(names = {"-p", "--price"}, description = "New limit price, a decimal.")
  private BigDecimal price;

  @Override
  public Integer call() {
    reference.requireOne(spec.commandLine());
    if (quantity == null && price == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "nothing to change: give --quantity, --price or both");
    }
    AmendOrderRequest request = AmendOrderRequest.newBuilder()
        .setOrderId(reference.orderId()).setClientOrderId(reference.clientOrderId())
        .setUserId(reference.user())
        .setQuantity(quantity == null ? 0 : quantity.doubleValue())
        .setPrice(price == null ? 0 : price.doubleValue()).build();
    try (GatewayChannel channel = gateway.open()) {
      AmendOrderResponse response = channel.orders().amendOrder(request);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        OrderFormat.table(List.of(response.getOrder()), out);
      }
      out.flush();
      return 0;
    }
  }
}
