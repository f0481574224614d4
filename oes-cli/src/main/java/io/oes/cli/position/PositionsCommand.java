package io.oes.cli.position;

import io.oes.api.GetPositionsRequest;
import io.oes.api.GetPositionsResponse;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.PositionFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oes positions}: GetPositions, per account, symbol and user. */
@Command(name = "positions", description = {
    "List positions built from oes's fills, with PnL (GetPositions).",
    "Exit 0: listed (possibly none); 1: the call failed; 2: usage."})
public final class PositionsCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Option(names = "--account", defaultValue = "", description = "Only this exchange account.")
  private String account;
  @Option(names = "--symbol", defaultValue = "", description = "Only this symbol.")
  private String symbol;
  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "Only this user's positions (env OES_USER); a key without the admin scope"
          + " sees its own user's only.")
  private String user;

  @Override
  public Integer call() {
    GetPositionsRequest request = GetPositionsRequest.newBuilder().setAccountId(account)
        .setSymbol(symbol).setUserId(user).build();
    try (GatewayChannel channel = gateway.open()) {
      GetPositionsResponse response = channel.orders().getPositions(request);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(response));
      } else {
        PositionFormat.table(response.getPositionsList(), out);
      }
      out.flush();
      return 0;
    }
  }
}
