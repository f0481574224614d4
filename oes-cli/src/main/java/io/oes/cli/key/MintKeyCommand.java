package io.oes.cli.key;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.output.OutputOptions;
import io.oes.server.config.value.Secret;
import io.oes.server.security.ApiKeys;
import io.oes.server.security.KeyGrant;
import io.oes.server.security.SecuritySettings;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oes key mint}: a new random API key, printed once, and the {@code security.api_keys}
 * entry holding its hash for the gateway's configuration. Nothing is written anywhere.
 */
@Command(name = "mint", description = {"Mint an API key: print it once, with the configuration "
    + "entry (name, user, scopes, key hash) for the gateway.",
    "Exit 0: minted; 2: usage (e.g. an unknown scope)."})
public final class MintKeyCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private OutputOptions output;

  @Option(names = "--user", required = true, paramLabel = "USER_ID",
      description = "The user whose orders the key may see and touch.")
  private String user;
  @Option(names = "--scopes", required = true, split = ",", paramLabel = "SCOPE",
      description = "Comma-separated: trade, read, admin.")
  private List<String> scopes;
  @Option(names = "--name", paramLabel = "NAME",
      description = "Names the key in logs and errors (default: the user).")
  private String name;

  @Override
  public Integer call() throws Exception {
    String keyName = name == null ? user : name;
    ApiKeys.MintedKey minted = ApiKeys.mint(new SecureRandom());
    KeyGrant grant = new KeyGrant(keyName, user, scopes,
        Secret.of(minted.hash().toConfigText()));
    List<String> problems = new SecuritySettings(List.of(grant), List.of(), Optional.empty(),
        Optional.empty(), false, SecuritySettings.DEFAULT_MAX_STREAMS_PER_PRINCIPAL).problems();
    if (!problems.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          String.join("; ", problems).replace("security.api_keys[0].user_id", "--user")
              .replace("security.api_keys[0].", "--"));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(json(grant, minted));
    } else {
      printText(grant, minted, out);
    }
    out.flush();
    return 0;
  }

  private static void printText(KeyGrant grant, ApiKeys.MintedKey minted, PrintWriter out) {
    out.println("API key (shown only now; hand it to the client, keep no copy):");
    out.println("  " + minted.key().reveal());
    out.println();
    out.println("Add to security.api_keys in the gateway's configuration (the hash is safe to "
        + "store):");
    out.println("  - name: " + grant.name());
    out.println("    user_id: " + grant.userId());
    out.println("    scopes: [" + String.join(", ", grant.scopes()) + "]");
    out.println("    key_hash: " + minted.hash().toConfigText());
    out.println();
    out.println("Clients send it as 'authorization: Bearer <key>' (oes: OES_API_KEY or "
        + "--api-key).");
  }

  private static String json(KeyGrant grant, ApiKeys.MintedKey minted) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", grant.name());
    body.put("user_id", grant.userId());
    body.put("scopes", grant.scopes());
    body.put("api_key", minted.key().reveal());
    body.put("key_hash", minted.hash().toConfigText());
    return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body);
  }
}
