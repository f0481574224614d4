package io.oes.server.exchange;

import io.oes.binance.signing.BinanceCredentials;
import io.oes.server.config.AccountConfig;
import io.oes.sim.SimulatorConfig;
import io.oes.sim.account.Credentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of the embedded simulator's accounts, one account per configured one, so that in
 * sim mode each account trades on its own: its own orders, positions and rate limits,
 * as on the exchange. An account's configured key pair is used when it has one (so outside
 * tools can trade beside it); otherwise a random pair is made for the run.
 */
final class SimulatorKeys {
  private SimulatorKeys() {}

  /** Each account's key pair by account id, in the configuration's order. */
  static Map<String, BinanceCredentials> forAccounts(List<AccountConfig> accounts) {
    Map<String, BinanceCredentials> keys = new LinkedHashMap<>();
    for (AccountConfig account : accounts) {
      keys.put(account.id(), account.apiKey().isPresent() && account.secretKey().isPresent()
          ? new BinanceCredentials(account.apiKey().get().reveal(),
              account.secretKey().get().reveal())
          : generated());
    }
    return keys;
  }

  /** A random pair for the floor account, which no configured account uses. */
  static BinanceCredentials floor() {
    return generated();
  }

  private static BinanceCredentials generated() {
    Credentials key = SimulatorConfig.generatedCredentials();
    return new BinanceCredentials(key.apiKey(), key.secretKey());
  }
}
