package io.oes.cli.bench;

import picocli.CommandLine.Option;

/** {@code --baseline} and where the simulator is, for the direct REST half of the floor. */
final class BaselineOptions {

  @Option(names = "--baseline", description = {"Also measure the floor in the same run: "
      + "Health/Check on the gateway and the same orders straight to the simulator (signed "
      + "REST); report CreateOrder ÷ floor at p50 and p99."})
  boolean enabled;

  @Option(names = "--sim-url", paramLabel = "URL", defaultValue = "${env:OES_SIM_URL}",
      description = "REST base of the simulator for --baseline, e.g. http://127.0.0.1:8090 "
          + "(env OES_SIM_URL).")
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
    if (!enabled) {
      return null;
    }
    if (blank(simUrl) || blank(apiKey) || blank(secretKey)) {
      return "--baseline needs --sim-url, --sim-api-key and --sim-secret-key "
          + "(start the simulator with `oes sim` to get them)";
    }
    return null;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
