package io.oes.cli.order;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oes order}: groups the order RPCs; alone it is a usage error naming them. */
@Command(name = "order",
    description = "Create (one or a file's), cancel (one, a file's or all), amend, look up and "
        + "list orders.",
    subcommands = {CreateOrderCommand.class, BatchOrderCommand.class, CancelOrderCommand.class,
        BatchCancelCommand.class, CancelAllOrdersCommand.class, AmendOrderCommand.class,
        GetOrderCommand.class, ListOrdersCommand.class})
public final class OrderCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is needed: create, batch, cancel, batch-cancel, cancel-all, amend, get "
            + "or list");
  }
}
