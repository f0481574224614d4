package io.oes.cli.order;

import io.grpc.StatusRuntimeException;
import io.oes.api.BatchCancelOrdersRequest;
import io.oes.api.BatchCancelOrdersResponse;
import io.oes.api.BatchCancelResult;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
import io.oes.api.OrderState;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.Json;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code oes order batch-cancel --file cancels.csv}: BatchCancelOrders for the orders a file
 * names, 100 to a call, one line per item in the file's order.
 */
@Command(name = "batch-cancel", description = {
    "Cancel the orders a file names (BatchCancelOrders, 100 items to a call).",
    "The file: a JSON array of objects, or CSV with a header row, with the fields order_id, or",
    "client_order_id with user_id (default --user), and optionally symbol.",
    "Prints one line per item, in the file's order.",
    "Exit 0: every order canceled; 1: an item refused, or a call failed; 2: usage, or a file",
    "that cannot be read."})
public final class BatchCancelCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Mixin
  private BatchFileOptions batchFile;

  @Override
  public Integer call() {
    List<BatchFile.Item> items = BatchRun.read(spec, batchFile.file, batchFile.format,
        BatchItems.CANCEL_FIELDS, BatchItems.CANCEL_FIELD_LIST);
    List<BatchItems.Prepared<CancelOrderRequest>> prepared =
        items.stream().map(item -> BatchItems.cancel(item, batchFile.user)).toList();
    BatchRun<CancelOrderRequest, BatchCancelResult> run = new BatchRun<>(prepared,
        (index, error) -> BatchCancelResult.newBuilder().setIndex(index).setError(error).build(),
        BatchCancelResult::getIndex,
        (result, index) -> result.toBuilder().setIndex(index).build());
    StatusRuntimeException failure;
    try (GatewayChannel channel = gateway.open()) {
      failure = run.send(requests -> channel.orders().batchCancelOrders(
          BatchCancelOrdersRequest.newBuilder().addAllOrders(requests).build()).getResultsList());
    }
    List<BatchCancelResult> results = run.results();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.pretty(BatchCancelOrdersResponse.newBuilder().addAllResults(results)));
    } else {
      Table table = new Table("ITEM", "ORDER ID", "STATE", "MESSAGE");
      for (int i = 0; i < results.size(); i++) {
        BatchCancelResult result = results.get(i);
        BatchFile.Item item = items.get(i);
        if (result.hasOrder()) {
          CancelOrderResponse order = result.getOrder();
          table.row(item.where(), order.getOrderId(), order.getState().name(),
              order.getErrorMessage());
        } else {
          String named = item.value("orderid") != null ? item.value("orderid")
              : item.value("clientorderid") != null ? item.value("clientorderid") : "";
          table.row(item.where(), named, result.getError().getCode(),
              result.getError().getMessage());
        }
      }
      table.print(out);
    }
    out.flush();
    long notCanceled = results.stream().filter(result -> !result.hasOrder()
        || result.getOrder().getState() != OrderState.CANCELED).count();
    return BatchRun.exitCode(spec, failure, notCanceled, results.size(), "canceled");
  }
}
