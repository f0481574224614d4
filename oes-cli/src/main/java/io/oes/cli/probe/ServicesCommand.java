package io.oes.cli.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.client.ServiceCatalog;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.Table;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oes services}: what the gateway offers, found through server reflection. */
@Command(name = "services", description = {
    "List the gRPC services and methods the gateway offers (server reflection).",
    "Exit 0: listed; 1: unreachable or reflection failed; 2: usage."})
public final class ServicesCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() throws JsonProcessingException {
    ServiceCatalog catalog;
    try (GatewayChannel channel = gateway.open()) {
      catalog = channel.catalog();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(Map.of("services", catalog.methodsByService())));
    } else {
      Table table = new Table("SERVICE", "METHOD");
      catalog.methodsByService().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(service -> service.getValue()
              .forEach(method -> table.row(service.getKey(), method)));
      table.print(out);
    }
    out.flush();
    return 0;
  }
}
