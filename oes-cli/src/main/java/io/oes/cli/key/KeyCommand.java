package io.oes.cli.key;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oes key}: groups the API-key commands; alone it is a usage error naming them. */
@Command(name = "key", description = "Mint API keys and compute their hashes.",
    subcommands = {MintKeyCommand.class, HashKeyCommand.class})
public final class KeyCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is needed: mint or hash");
  }
}
