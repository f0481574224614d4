package io.oes.cli.order;

import io.grpc.StatusRuntimeException;
import io.oes.api.BatchCreateOrdersRequest;
import io.oes.api.BatchCreateOrdersResponse;
import io.oes.api.BatchCreateResult;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
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
 * {@code oes order batch --file orders.json}: BatchCreateOrders for the orders of a file, 100 to
 * a call, one line per item in the file's order. Exit 0 when every order was placed (whatever
 * state it reached, REJECTED aside), 1 when any item was refused or REJECTED or a call failed,
 * 2 for usage errors and files that cannot be read as orders.
 */
@Command(name = "batch", description = {
    "Send the new orders of a file (BatchCreateOrders, 100 items to a call).",
    "The file: a JSON array of objects, or CSV with a header row, with CreateOrderRequest's",
    "fields: symbol, side, type (default LIMIT), quantity, price, stop_price, time_in_force,",
    "client_order_id, reduce_only, post_only, user_id (default --user); camelCase names too.",
    "Prints one line per item, in the file's order: the order, or why it was refused. An item",
    "the file gets wrong is not sent and says why; the others go on.",
    "Exit 0: every order placed; 1: an item refused or REJECTED, or a call failed; 2: usage,",
    "or a file that cannot be read as orders."})
public final class BatchOrderCommand implements Callable<Integer> {

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
        BatchItems.CREATE_FIELDS, BatchItems.CREATE_FIELD_LIST);
    List<BatchItems.Prepared<CreateOrderRequest>> prepared =
        items.stream().map(item -> BatchItems.create(item, batchFile.user)).toList();
    BatchRun<CreateOrderRequest, BatchCreateResult> run = new BatchRun<>(prepared,
        (index, error) -> BatchCreateResult.newBuilder().setIndex(index).setError(error).build(),
        BatchCreateResult::getIndex,
        (result, index) -> result.toBuilder().setIndex(index).build());
    StatusRuntimeException failure;
    try (GatewayChannel channel = gateway.open()) {
      failure = run.send(requests -> channel.orders().batchCreateOrders(
          BatchCreateOrdersRequest.newBuilder().addAllOrders(requests).build()).getResultsList());
    }
    List<BatchCreateResult> results = run.results();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.pretty(BatchCreateOrdersResponse.newBuilder().addAllResults(results)));
    } else {
      Table table = new Table("ITEM", "CLIENT ORDER ID", "ORDER ID", "STATE", "MESSAGE");
      for (int i = 0; i < results.size(); i++) {
        BatchCreateResult result = results.get(i);
        BatchFile.Item item = items.get(i);
        if (result.hasOrder()) {
          CreateOrderResponse order = result.getOrder();
          table.row(item.where(), order.getClientOrderId(), order.getOrderId(),
              order.getState().name(), order.getErrorMessage());
        } else {
          String clientOrderId = item.value("clientorderid");
          table.row(item.where(), clientOrderId == null ? "" : clientOrderId, "",
              result.getError().getCode(), result.getError().getMessage());
        }
      }
      table.print(out);
    }
    out.flush();
    long notPlaced = results.stream().filter(result -> !result.hasOrder()
        || result.getOrder().getState() == OrderState.REJECTED).count();
    return BatchRun.exitCode(spec, failure, notPlaced, results.size(), "placed");
  }
}
