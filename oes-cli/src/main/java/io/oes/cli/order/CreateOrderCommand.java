package io.oes.cli.order;

import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
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

/**
 * {@code oes order create}: CreateOrder. Exit 0 when the order was accepted (whatever state it
 * reached), 1 when the gateway refused it or the exchange answered REJECTED.
 */
@Command(name = "create", description = {"Send a new order (CreateOrder).",
    "Exit 0: accepted; 1: refused by the gateway or REJECTED by the exchange; 2: usage."})
public final class CreateOrderCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Option(names = "--symbol", required = true, description = "Symbol, e.g. BTCUSDT.")
  private String symbol;
  @Option(names = "--side", required = true, description = "BUY or SELL.")
  private OrderSide side;
  @Option(names = "--type", defaultValue = "LIMIT",
      description = "MARKET, LIMIT, STOP_MARKET, STOP_LIMIT or POST_ONLY (default: LIMIT).")
  private OrderType type;
  @Option(names = {"-q", "--quantity"}, required = true, description = "Quantity, a decimal.")
  private BigDecimal quantity;
  @Option(names = {"-p", "--price"}, description = "Limit price, a decimal.")
  private BigDecimal price;
  @Option(names = "--stop-price", description = "Stop (trigger) price, a decimal.")
  private BigDecimal stopPrice;
  @Option(names = "--tif", description = "Time in force: GTC, IOC, FOK or GTX.")
  private TimeInForce timeInForce;
  @Option(names = "--client-order-id", description = "Idempotency key per user (default: generated).")
  private String clientOrderId;
  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "User the order belongs to (env OES_USER).")
  private String user;
  @Option(names = "--reduce-only", description = "Only reduce a position.")
  private boolean reduceOnly;
  @Option(names = "--post-only", description = "Rest on the book or be rejected; never take.")
  private boolean postOnly;

  @Override
  public Integer call() {
    CreateOrderRequest request = request();
    try (GatewayChannel channel = gateway.open()) {
      CreateOrderResponse response = channel.orders().createOrder(request);
      print(response, spec.commandLine().getOut());
      if (response.getState() == OrderState.REJECTED) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": order "
            + response.getOrderId() + " REJECTED: " + response.getErrorMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      return 0;
    }
  }

  private CreateOrderRequest request() {
    ProtoEnums.requireKnown(spec.commandLine(), "--side", side);
    ProtoEnums.requireKnown(spec.commandLine(), "--type", type);
    CreateOrderRequest.Builder request = CreateOrderRequest.newBuilder()
        .setSymbol(symbol).setSide(side).setType(type).setQuantity(quantity.doubleValue())
        .setUserId(user).setReduceOnly(reduceOnly).setPostOnly(postOnly);
    if (price != null) {
      request.setPrice(price.doubleValue());
    }
    if (stopPrice != null) {
      request.setStopPrice(stopPrice.doubleValue());
    }
    if (timeInForce != null) {
      ProtoEnums.requireKnown(spec.commandLine(), "--tif", timeInForce);
      request.setTimeInForce(timeInForce);
    }
    if (clientOrderId != null) {
      request.setClientOrderId(clientOrderId);
    }
    return request.build();
  }

  private void print(CreateOrderResponse response, PrintWriter out) {
    if (output.json()) {
      out.println(Json.pretty(response));
    } else if (response.hasOrder()) {
      OrderFormat.table(List.of(response.getOrder()), out);
    } else {
      out.println(response.getOrderId() + " " + response.getState());
    }
    out.flush();
  }
}
