package io.oes.cli.crash;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The rounds of one run: each sends a round of the {@link Workload} concurrently and kills the
 * gateway with SIGKILL at a random instant within one call of the round — a create, a filling
 * order, an amend or a cancel in turn — then starts it again on the same data while the client
 * keeps re-sending every unanswered call. A round ends when every call has its answer.
 *
 * <p>Without {@code killing} (the control run) the same rounds run with no kill: the checks
 * must then find nothing, which shows that what they find after kills comes from the kills.
 */
final class KillRounds {
  private static final Operation.Kind[] TARGETS = Operation.Kind.values();
  /** The kill lands this long (at most) after the targeted call left. */
  private static final long KILL_JITTER_MICROS = 30_000;

  private final KilledGateway gateway;
  private final RetryingClient client;
  private final Workload workload;
  private final Random random;
  private final PrintStream log;
  private final boolean killing;
  private final Map<Operation.Kind, Integer> killsByTarget = new EnumMap<>(Operation.Kind.class);
  private int kills;
  private int killsMidCall;

  KillRounds(KilledGateway gateway, RetryingClient client, Workload workload, Random random,
      PrintStream log, boolean killing) {
    this.gateway = gateway;
    this.client = client;
    this.workload = workload;
    this.random = random;
    this.log = log;
    this.killing = killing;
  }

  /** Runs {@code rounds} rounds, one kill each. */
  void run(int rounds) throws Exception {
    for (int round = 0; round < rounds; round++) {
      round(round);
    }
  }

  int kills() {
    return kills;
  }

  /** How many kills struck while the call they aimed at was still unanswered. */
  int killsMidCall() {
    return killsMidCall;
  }

  Map<Operation.Kind, Integer> killsByTarget() {
    return Map.copyOf(killsByTarget);
  }

  private void round(int round) throws Exception {
    List<Operation> ops = workload.round(round);
    Operation victim = victim(ops, TARGETS[round % TARGETS.length]);
    long started = System.nanoTime();
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Operation op : ops) {
        callers.submit(() -> {
          op.run(client);
          workload.onAnswered(op);
        });
      }
      if (!killing) {
        return;
      }
      victim.sent.get(30, TimeUnit.SECONDS);
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextLong(KILL_JITTER_MICROS)));
      boolean midCall = !victim.finished();
      gateway.kill();
      kills++;
      killsMidCall += midCall ? 1 : 0;
      killsByTarget.merge(victim.kind, 1, Integer::sum);
      long killedAtMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      gateway.start();
      client.reconnectNow();
      log.printf("round %d: %d calls, killed at %d ms during %s (%s), back after %d ms%n",
          round, ops.size(), killedAtMs, victim.kind, midCall ? "unanswered" : "answered",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) - killedAtMs);
    }
  }

  /** A call of {@code kind} in the round, else a create (the first rounds rest nothing yet). */
  private Operation victim(List<Operation> ops, Operation.Kind kind) {
    List<Operation> ofKind = ops.stream().filter(op -> op.kind == kind).toList();
    if (ofKind.isEmpty()) {
      ofKind = ops.stream().filter(op -> op.kind == Operation.Kind.CREATE).toList();
    }
    return ofKind.get(random.nextInt(ofKind.size()));
  }
}
