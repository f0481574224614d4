package io.oes.cli.trading;

import io.oes.api.AdminServiceGrpc.AdminServiceBlockingStub;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.ReduceRequest;
import io.oes.api.ResumeRequest;
import io.oes.api.TradingStatus;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.Table;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oes trading}: the kill switch. Each subcommand calls the admin service (admin scope)
 * and prints the trading state it answers: mode (ACTIVE, REDUCING or HALTED), reason, who
 * changed it and when.
 */
@Command(name = "trading", description = {"Show or change the trading mode (the kill switch).",
    "ACTIVE: every order passes the checks; REDUCING: only reduce-only orders (and cancels);",
    "HALTED: no new order (cancels always go through). Needs an admin key."})
public final class TradingCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is needed: status, halt, reduce or resume");
  }

  @Command(name = "status", description = "Show the trading mode (GetTradingStatus).")
  int status(@Mixin GatewayOptions gateway, @Mixin OutputOptions output) {
    return call(gateway, output,
        admin -> admin.getTradingStatus(GetTradingStatusRequest.getDefaultInstance()));
  }

  @Command(name = "halt", description = "Refuse every new order; cancels still go through.")
  int halt(@Mixin GatewayOptions gateway, @Mixin OutputOptions output,
      @Option(names = "--reason", required = true, description = "Why trading stops.")
      String reason) {
    return call(gateway, output,
        admin -> admin.halt(HaltRequest.newBuilder().setReason(reason).build()));
  }

  @Command(name = "reduce",
      description = "Accept only reduce-only orders (and cancels), e.g. to wind a book down.")
  int reduce(@Mixin GatewayOptions gateway, @Mixin OutputOptions output,
      @Option(names = "--reason", required = true,
          description = "Why only reduce-only orders pass.") String reason) {
    return call(gateway, output,
        admin -> admin.reduce(ReduceRequest.newBuilder().setReason(reason).build()));
  }

  @Command(name = "resume", description = "Accept every order again (ACTIVE).")
  int resume(@Mixin GatewayOptions gateway, @Mixin OutputOptions output) {
    return call(gateway, output, admin -> admin.resume(ResumeRequest.getDefaultInstance()));
  }

  private int call(GatewayOptions gateway, OutputOptions output,
      Function<AdminServiceBlockingStub, TradingStatus> rpc) {
    try (GatewayChannel channel = gateway.open()) {
      TradingStatus status = rpc.apply(channel.admin());
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(Json.pretty(status));
      } else {
        new Table("MODE", "REASON", "CHANGED BY", "CHANGED AT")
            .row(status.getMode(), status.getReason(), status.getChangedBy(),
                status.getChangedAtMs() == 0 ? ""
                    : Instant.ofEpochMilli(status.getChangedAtMs()).toString())
            .print(out);
      }
      out.flush();
      return 0;
    }
  }
}
