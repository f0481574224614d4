package io.oes.cli.order;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.cli.client.CallFailedException;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OrderFormat;
import io.oes.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oes watch}: StreamOrderUpdates, one line per update as it happens ({@code --json}: one
 * JSON object per line). Runs until interrupted, or until {@code --count} updates or {@code
 * --duration-s} seconds, so scripts can bound it.
 */
@Command(name = "watch", description = {"Stream order updates live (StreamOrderUpdates).",
    "Runs until interrupted, --count updates, or --duration-s seconds.",
    "Exit 0: ended as asked; 1: the stream failed, or --duration-s ran out before --count."})
public final class WatchCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "Only this user's orders (default: every user; env OES_USER).")
  private String user;
  @Option(names = "--symbol", description = "Only this symbol; repeat for more (default: all).")
  private List<String> symbols = List.of();
  @Option(names = "--from-sequence", defaultValue = "0", paramLabel = "SEQ",
      description = "Replay the updates after this sequence first (default: 0, live only).")
  private long fromSequence;
  @Option(names = "--count", defaultValue = "0", paramLabel = "N",
      description = "Stop after N updates (default: 0, no limit).")
  private long count;
  @Option(names = "--duration-s", defaultValue = "0", paramLabel = "S",
      description = "Stop after S seconds (default: 0, no limit).")
  private long durationSeconds;

  @Override
  public Integer call() {
    if (count < 0 || durationSeconds < 0 || fromSequence < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--count, --duration-s and --from-sequence must not be negative");
    }
    StreamOrderUpdatesRequest request = StreamOrderUpdatesRequest.newBuilder().setUserId(user)
        .addAllSymbols(symbols).setFromSequence(fromSequence).build();
    try (GatewayChannel channel = gateway.open()) {
      OrderServiceGrpc.OrderServiceBlockingStub stub = channel.ordersWithoutDeadline();
      if (durationSeconds > 0) {
        stub = stub.withDeadlineAfter(durationSeconds, TimeUnit.SECONDS);
      }
      return follow(stub.streamOrderUpdates(request));
    }
  }

  private int follow(Iterator<OrderUpdate> updates) {
    PrintWriter out = spec.commandLine().getOut();
    long seen = 0;
    try {
      while ((count == 0 || seen < count) && updates.hasNext()) {
        OrderUpdate update = updates.next();
        out.println(output.json() ? Json.oneLine(update) : OrderFormat.updateLine(update));
        out.flush();
        seen++;
      }
      return 0;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED || durationSeconds == 0) {
        throw e;
      }
      if (count > 0) {
        throw new CallFailedException("DEADLINE_EXCEEDED: " + seen + " of " + count
            + " updates within " + durationSeconds + " s");
      }
      return 0;
    }
  }
}
