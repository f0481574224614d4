package io.oes.cli.bench;

import io.oes.api.FloorAccount;
import io.oes.api.GetFloorAccountRequest;
import io.oes.cli.client.GatewayChannel;
import picocli.CommandLine.Option;

/**
 * {@code --baseline} and where the simulator is, for the direct REST half of the floor: the
 * three options, or with none of them the gateway's embedded simulator and its floor account
 * (AdminService/GetFloorAccount, which needs the admin scope when keys are configured).
 */
final class BaselineOptions {

  @Option(names = "--baseline", description = {"Also measure the floor in the same run: "
      + "Health/Check on the gateway and the same orders straight to the simulator (signed "
      + "REST); report CreateOrder ÷ floor at p50 and p99. Without --sim-url the gateway's "
      + "embedded simulator is used (exchange.mode sim; admin scope)."})
  boolean enabled;

  @Option(names = "--sim-url", paramLabel = "URL", defaultValue = "${env:OES_SIM_URL}",
      description = "REST base of a simulator of its own for --baseline, e.g. "
          + "http://127.0.0.1:8090 (env OES_SIM_URL).")
  String simUrl;

  @Option(names = "--sim-api-key", paramLabel = "KEY", defaultValue = "${env:OES_SIM_API_KEY}",
      description = "API key of a simulator account (as `oes sim` prints it; env OES_SIM_API_KEY).")
  String apiKey;

  @Option(names = "--sim-secret-key", paramLabel = "SECRET",
      defaultValue = "${env:OES_SIM_SECRET_KEY}",
      description = "Secret of that key (env OES_SIM_SECRET_KEY).")
  String secretKey;

  /** What is missing for {@code --baseline}, or null when it can run. */
  String missing() {
    if (!enabled || ownSimulator() || blank(simUrl) && blank(apiKey) && blank(secretKey)) {
      return null;
    }
    return "--sim-url, --sim-api-key and --sim-secret-key go together (given: "
        + given() + "); give all three for a simulator of its own, or none for the gateway's "
        + "embedded one";
  }

  /** The simulator the floor's orders go to: the one named here, else the gateway's. */
  FloorAccount account(GatewayChannel gateway) {
    if (ownSimulator()) {
      return FloorAccount.newBuilder().setRestUrl(simUrl).setApiKey(apiKey)
          .setSecretKey(secretKey).build();
    }
    return gateway.admin().getFloorAccount(GetFloorAccountRequest.getDefaultInstance());
  }

  private boolean ownSimulator() {
    return !blank(simUrl) && !blank(apiKey) && !blank(secretKey);
  }

  private String given() {
    StringBuilder given = new StringBuilder();
    for (String[] option : new String[][] {{"--sim-url", simUrl}, {"--sim-api-key", apiKey},
        {"--sim-secret-key", secretKey}}) {
      if (!blank(option[1])) {
        given.append(given.isEmpty() ? "" : ", ").append(option[0]);
      }
    }
    return given.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
