package io.oes.cli.crash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Three gateway instances on one PostgreSQL trading two accounts: {@code instance-a} and
 * {@code instance-c} both trade {@code alpha} (one owns it, the other stands by, waiting for
 * its lease), {@code instance-b} trades {@code beta}; every instance takes any call and
 * forwards those of the other account to its owner. The users split over the accounts:
 * {@code crash-a} trades on alpha, {@code crash-b} on beta.
 *
 * <p>Every other {@link #kill} is a SIGKILL of alpha's owner; the ones between freeze it with
 * SIGSTOP past its lease instead. Either way the standby takes alpha over — how long from the
 * kill or freeze until it is ready is kept — and then the former owner starts again as the new
 * standby; a frozen one is first thawed, and must say in {@code /health} that it lost alpha.
 */
final class GatewayCluster implements KilledGateway {
  /** Short, so a frozen owner's lease lapses soon; renewed every third of it. */
  static final int LEASE_TTL_MS = 2_000;
  private static final long STANDBY_DEADLINE_MS = 60_000;
  private static final long LOSS_DEADLINE_MS = 10_000;
  private static final String[] NAMES = {"instance-a", "instance-b", "instance-c"};
  private static final String[] TRADES = {"alpha", "beta", "alpha"};
  private static final int BETA = 1;

  private final GatewayProcess[] instances = new GatewayProcess[3];
  private final Predicate<String> standingBy;
  private final List<Long> killTakeovers = new ArrayList<>();
  private final List<Long> freezeTakeovers = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  /** Which of instances 0 and 2 owns alpha; -1 while nothing runs. */
  private int alphaOwner = -1;
  private int interruptions;
  private boolean frozen;
  private long interruptedAtNanos;

  /**
   * @param standingBy whether the instance of this id waits for a lease now (its lease session
   *     is open)
   */
  GatewayCluster(Path jar, Path folder, StandaloneSimulator exchange, String storeYaml,
      Predicate<String> standingBy) {
    this.standingBy = standingBy;
    String accounts = """
        - {id: alpha, api_key: %s, secret_key: %s, users: [crash-a]}
        - {id: beta, api_key: %s, secret_key: %s, users: [crash-b]}
        """.formatted(StandaloneSimulator.API_KEY, StandaloneSimulator.SECRET_KEY,
        StandaloneSimulator.SECOND_API_KEY, StandaloneSimulator.SECOND_SECRET_KEY);
    for (int i = 0; i < instances.length; i++) {
      instances[i] = new GatewayProcess(jar, folder, "-" + (char) ('a' + i), exchange, accounts,
          storeYaml + """
          cluster:
            enabled: true
            instance_id: %s
            lease_ttl_ms: %d
            accounts: [%s]
          """.formatted(NAMES[i], LEASE_TTL_MS, TRADES[i]));
    }
  }

  /**
   * With nothing running: a owns alpha, b beta, c stands by. After a {@link #kill}: waits for
   * the standby's takeover of alpha, then brings the former owner back as the standby.
   */
  @Override
  public void start() {
    if (alphaOwner < 0) {
      instances[0].start();
      instances[BETA].start();
      alphaOwner = 0;
      standBy(2);
      return;
    }
    int former = alphaOwner;
    alphaOwner = 2 - former;
    instances[alphaOwner].awaitReady();
    long takeover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAtNanos);
    (frozen ? freezeTakeovers : killTakeovers).add(takeover);
    if (frozen) {
      instances[former].thaw();
      awaitLoss(instances[former]);
      instances[former].kill();
    }
    standBy(former);
  }

  /** SIGKILL or SIGSTOP of alpha's owner, in turn. */
  @Override
  public void kill() {
    frozen = interruptions++ % 2 == 1;
    interruptedAtNanos = System.nanoTime();
    if (frozen) {
      instances[alphaOwner].freeze();
    } else {
      instances[alphaOwner].kill();
    }
  }

  /** The standby first, so the owners' orderly stops hand nothing over. */
  @Override
  public void stop() {
    if (alphaOwner >= 0) {
      instances[2 - alphaOwner].stop();
      instances[BETA].stop();
      instances[alphaOwner].stop();
      alphaOwner = -1;
    }
  }

  /** beta's owner, which never goes away: it answers for both accounts. */
  @Override
  public int grpcPort() {
    return instances[BETA].grpcPort();
  }

  /** Every instance's gRPC port: a client may call any. */
  int[] grpcPorts() {
    return new int[] {instances[0].grpcPort(), instances[1].grpcPort(),
        instances[2].grpcPort()};
  }

  /** From each SIGKILL of alpha's owner until the standby was ready. */
  List<Long> killTakeovers() {
    return List.copyOf(killTakeovers);
  }

  /** From each SIGSTOP of alpha's owner until the standby was ready (the lease TTL included). */
  List<Long> freezeTakeovers() {
    return List.copyOf(freezeTakeovers);
  }

  /** What went wrong around a takeover (a thawed owner still trading), for the totals. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Starts instance {@code i} and returns once it waits for the lease. */
  private void standBy(int i) {
    instances[i].launch();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STANDBY_DEADLINE_MS);
    while (!standingBy.test(NAMES[i])) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(NAMES[i] + " did not stand by within "
            + STANDBY_DEADLINE_MS + " ms; its log:\n" + instances[i].logTail());
      }
      ChildProcesses.pause(25);
    }
  }

  /** A thawed former owner must find out it lost alpha, and say so. */
  private void awaitLoss(GatewayProcess thawed) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOSS_DEADLINE_MS);
    String health = thawed.health();
    while (!health.contains("lost alpha")) {
      if (System.nanoTime() > deadline) {
        problems.add("a thawed former owner did not report the lost lease within "
            + LOSS_DEADLINE_MS + " ms; its /health: " + health);
        return;
      }
      ChildProcesses.pause(25);
      health = thawed.health();
    }
  }
}
