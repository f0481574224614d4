package io.oes.server.lifecycle;

import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The exchange of a lifecycle test: a simulator, started outside any gateway, with two
 * accounts. The first is the one oes trades for ({@link #oesAccount}, which the test also reads
 * directly to learn what the exchange holds); the second is a counterparty the test trades with
 * against oes's orders. Self-trade prevention never stands between them.
 */
final class Venue implements AutoCloseable {
  private static final String COUNTERPARTY_KEY =
      "counterpartyKey0000000000000000000000000000000000000000000000000";
  private static final String COUNTERPARTY_SECRET =
      "counterpartySecret000000000000000000000000000000000000000000000";

  final Simulator sim;
  final VenueAccount oesAccount;
  final VenueAccount counterparty;

  private Venue(Simulator sim) {
    this.sim = sim;
    this.oesAccount = new VenueAccount(sim.baseUrl(), sim.apiKey(), sim.secretKey());
    this.counterparty = new VenueAccount(sim.baseUrl(), COUNTERPARTY_KEY, COUNTERPARTY_SECRET);
  }

  /** A simulator whose markets stand still: prices move only when the test moves them. */
  static Venue still() {
    return start(config -> config.withTickInterval(Duration.ZERO));
  }

  /** A simulator as {@code tweak} makes the defaults, plus the counterparty account. */
  static Venue start(UnaryOperator<SimulatorConfig> tweak) {
    return new Venue(Simulator.start(tweak.apply(SimulatorConfig.defaults()
        .plusAccount(COUNTERPARTY_KEY, COUNTERPARTY_SECRET))));
  }

  /** Centres {@code symbol}'s market on {@code mid}: best bid one tick below, best ask above. */
  void moveMid(String symbol, String mid) {
    sim.moveMarkPrice(symbol, new BigDecimal(mid));
  }

  @Override
  public void close() {
    oesAccount.close();
    counterparty.close();
    sim.close();
  }
}
