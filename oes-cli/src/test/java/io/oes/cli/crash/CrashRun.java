package io.oes.cli.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One run of the crash suite against one store: a standalone simulator, the gateway process on
 * that store, the rounds with their kills, a final orderly restart, then the gateway's book, the
 * exchange's book and (with NATS) the stream compared.
 */
final class CrashRun {
  private final Path jar;
  private final Path folder;
  private final int kills;
  private final boolean killing;
  private final long seed;
  private final PrintStream out;

  /** {@code killing} false: the control run, the same {@code rounds} without a kill. */
  CrashRun(Path jar, Path folder, int rounds, boolean killing, long seed, PrintStream out) {
    this.jar = jar;
    this.folder = folder;
    this.kills = rounds;
    this.killing = killing;
    this.seed = seed;
    this.out = out;
  }

  Totals run(StoreUnderTest store) throws Exception {
    out.printf("crash-suite %s: %d rounds, %s, seed %d, logs in %s%n", store.name(), kills,
        killing ? "one kill each" : "no kill (control run)", seed, folder);
    Totals totals = new Totals(store.name());
    try (StandaloneSimulator exchange = StandaloneSimulator.start(jar, folder);
        GatewayProcess gateway = new GatewayProcess(jar, folder, exchange, store.yaml())) {
      run(store, exchange, gateway, new int[] {gateway.grpcPort()}, totals);
    }
    return totals;
  }

  /**
   * As {@link #run}, with three instances on the store (PostgreSQL) and two accounts (see
   * {@link GatewayCluster}): each kill strikes the owner of one account, its standby takes it
   * over, and the client, calling any instance, goes on.
   */
  Totals runFailover(StoreUnderTest.PostgresWithNats store) throws Exception {
    out.printf("crash-suite failover %s: three instances, two accounts, %d rounds, %s, seed %d,"
        + " logs in %s%n", store.name(), kills, killing ? "one account's owner killed or frozen"
        + " in each" : "no kill (control run)", seed, folder);
    Totals totals = new Totals("failover-" + store.name());
    try (StandaloneSimulator exchange = StandaloneSimulator.start(jar, folder);
        GatewayCluster cluster = new GatewayCluster(jar, folder, exchange, store.yaml(),
            store::hasLeaseSession)) {
      run(store, exchange, cluster, cluster.grpcPorts(), totals);
      takeovers("kill", cluster.killTakeovers(), totals);
      takeovers("freeze", cluster.freezeTakeovers(), totals);
      cluster.problems().forEach(problem -> totals.violation("frozen_owner_kept_trading",
          problem));
    }
    return totals;
  }

  private void takeovers(String cause, List<Long> millis, Totals totals) {
    out.println("takeovers after a " + cause + " of the owner (ms until the standby was ready): "
        + millis);
    totals.figure(cause + "_takeovers", millis.size());
    if (!millis.isEmpty()) {
      List<Long> sorted = millis.stream().sorted().toList();
      totals.figure(cause + "_takeover_ms_p50", sorted.get(sorted.size() / 2));
      totals.figure(cause + "_takeover_ms_max", sorted.get(sorted.size() - 1));
    }
  }

  private void run(StoreUnderTest store, StandaloneSimulator exchange, KilledGateway gateway,
      int[] clientPorts, Totals totals) throws Exception {
    Random random = new Random(seed);
    Workload workload = new Workload(random);
    gateway.start();
    KillRounds rounds;
    try (RetryingClient client = new RetryingClient(clientPorts)) {
      rounds = new KillRounds(gateway, client, workload, random, out, killing);
      rounds.run(kills);
    }
    gateway.stop();
    gateway.start();
    try (RetryingClient client = new RetryingClient(gateway.grpcPort())) {
      GatewayBook book = GatewayBook.settle(client, workload.intents());
      ExchangeBook exchangeBook = ExchangeBook.read(exchange.baseUrl(), Workload.SYMBOLS);
      gateway.stop();
      report(rounds, workload, totals);
      new OrderChecks(book, exchangeBook, totals).check(workload.intents());
      new FillChecks(book, exchangeBook, totals).check();
      book.unsettled().forEach(order -> totals.violation("unsettled",
          GatewayBook.describe(order) + " is still waiting for its outcome"));
    }
    List<JournalEvent> journal = store.journal();
    totals.figure("events", journal.size());
    store.streamed().ifPresent(streamed -> EventChecks.check(journal, streamed, totals));
  }

  private void report(KillRounds rounds, Workload workload, Totals totals) {
    totals.figure("kills", rounds.kills());
    totals.figure("kills_mid_call", rounds.killsMidCall());
    totals.figure("intents", workload.intents().size());
    totals.figure("amends", count(workload, Operation.Kind.AMEND));
    totals.figure("cancels", count(workload, Operation.Kind.CANCEL));
    out.println("kills aimed at: " + new TreeMap<>(rounds.killsByTarget()));
    Map<String, Long> refusals = workload.operations().stream()
        .filter(op -> op.answer() != null && op.answer().refusal() != null)
        .collect(Collectors.groupingBy(op -> op.kind + " " + op.answer().refusal(),
            TreeMap::new, Collectors.counting()));
    out.println("calls refused (answers, not violations): " + refusals);
    workload.operations().stream()
        .filter(op -> op.answer() != null && op.answer().refusal() != null)
        .limit(10).forEach(op -> out.println("  refused: " + op));
  }

  private static long count(Workload workload, Operation.Kind kind) {
    return workload.operations().stream().filter(op -> op.kind == kind).count();
  }
}
