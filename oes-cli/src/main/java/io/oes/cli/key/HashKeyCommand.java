package io.oes.cli.key;

import io.oes.server.security.ApiKeyHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oes key hash}: the {@code key_hash} of a key read from standard input, e.g. to
 * configure a key kept in a secret store. The key is read from a pipe, never taken as an
 * argument, so it stays out of shell history and process listings.
 */
@Command(name = "hash", description = {"Print the key_hash (sha256:<hex>) of an API key read "
    + "from standard input (one line).", "Exit 0: printed; 2: no key on standard input."})
public final class HashKeyCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null || line.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no key on standard input (e.g. printf %s \"$KEY\" | oes key hash)");
    }
    spec.commandLine().getOut().println(ApiKeyHash.of(line.strip()).toConfigText());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
