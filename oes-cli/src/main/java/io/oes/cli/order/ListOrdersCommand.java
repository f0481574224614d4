package io.oes.cli.order;

import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.OrderState;
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
import picocli.CommandLine.Option;

/** {@code oes order list}: GetOrders, newest first, one page at a time. */
@Command(name = "list", description = {"List orders, newest first (GetOrders).",
    "Exit 0: listed (possibly none); 1: the call failed; 2: usage."})
public final class ListOrdersCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Option(names = "--symbol", defaultValue = "", description = "Only this symbol.")
  private String symbol;
  @Option(names = "--state", description = "Only this state, e.g. SUBMITTED or FILLED.")
  private OrderState state;
  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "Only this user's orders (env OES_USER).")
  private String user;
  @Option(names = "--limit", defaultValue = "0",
      description = "Orders per page: 0 means the server's 100, at most 1000.")
  private int limit;
  @Option(names = "--start-time", defaultValue = "0", paramLabel = "UNIX_S",
      description = "Created at or after, Unix seconds.")
  private long startTimeSeconds;
  @Option(names = "--end-time", defaultValue = "0", paramLabel = "UNIX_S",
      description = "Created at or before, Unix seconds.")
  private long endTimeSeconds;
  @Option(names = "--page-token", defaultValue = "",
      description = "Next page: the token the previous page printed.")
  private String pageToken;

  @Override
  public Integer call() {
    GetOrdersRequest.Builder request = GetOrdersRequest.newBuilder().setSymbol(symbol)
        .setUserId(user).setLimit(limit).setStartTime(startTimeSeconds)
        .setEndTime(endTimeSeconds).setPageToken(pageToken);
    if (state != null) {
      ProtoEnums.requireKnown(spec.commandLine(), "--state", state);
      request.setState(state);
    }
    try (GatewayChannel channel = gateway.open()) {
      GetOrdersResponse response = channel.orders().getOrders(request.build());
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        OrderFormat.table(response.getOrdersList(), out);
        if (!response.getNextPageToken().isEmpty()) {
          out.println("more: --page-token " + response.getNextPageToken());
        }
      }
      out.flush();
      return 0;
    }
  }
}
