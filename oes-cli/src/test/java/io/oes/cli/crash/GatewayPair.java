package io.oes.cli.crash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Two gateway instances on one PostgreSQL, each configured with the same account: the one
 * holding its lease serves, the other stands by (its start waits for the lease). Every other
 * {@link #kill} is a SIGKILL of the owner; the ones between freeze it with SIGSTOP past its
 * lease instead. Either way the standby takes over — how long from the kill or freeze until it
 * is ready is kept — and then the former owner starts again as the new standby; a frozen one
 * is first thawed, and must say in {@code /health} that it lost the account.
 */
final class GatewayPair implements KilledGateway {
  /** Short, so a frozen owner's lease lapses soon; renewed every third of it. */
  static final int LEASE_TTL_MS = 2_000;
  private static final long STANDBY_DEADLINE_MS = 60_000;
  private static final long LOSS_DEADLINE_MS = 10_000;

  private final GatewayProcess[] instances = new GatewayProcess[2];
  private final String[] names = {"instance-a", "instance-b"};
  private final Predicate<String> standingBy;
  private final List<Long> killTakeovers = new ArrayList<>();
  private final List<Long> freezeTakeovers = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int owner = -1;
  private int interruptions;
  private boolean frozen;
  private long interruptedAtNanos;

  /**
   * @param standingBy whether the instance of this id waits for a lease now (its lease session
   *     is open)
   */
  GatewayPair(Path jar, Path folder, StandaloneSimulator exchange, String storeYaml,
      Predicate<String> standingBy) {
    this.standingBy = standingBy;
    for (int i = 0; i < 2; i++) {
      instances[i] = new GatewayProcess(jar, folder, "-" + (char) ('a' + i), exchange,
          storeYaml + """
          cluster:
            enabled: true
            instance_id: %s
            lease_ttl_ms: %d
          """.formatted(names[i], LEASE_TTL_MS));
    }
  }

  /**
   * With nothing running: the first instance takes the lease and serves, the second stands
   * by. After a {@link #kill}: waits for the standby's takeover, then brings the former owner
   * back as the standby.
   */
  @Override
  public void start() {
    if (owner < 0) {
      instances[0].start();
      owner = 0;
      standBy(1);
      return;
    }
    int former = owner;
    owner = 1 - former;
    instances[owner].awaitReady();
    long takeover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAtNanos);
    (frozen ? freezeTakeovers : killTakeovers).add(takeover);
    if (frozen) {
      instances[former].thaw();
      awaitLoss(instances[former]);
      instances[former].kill();
    }
    standBy(former);
  }

  /** SIGKILL or SIGSTOP of the owner, in turn. */
  @Override
  public void kill() {
    frozen = interruptions++ % 2 == 1;
    interruptedAtNanos = System.nanoTime();
    if (frozen) {
      instances[owner].freeze();
    } else {
      instances[owner].kill();
    }
  }

  /** The standby first, so the owner's orderly stop hands nothing over. */
  @Override
  public void stop() {
    if (owner >= 0) {
      instances[1 - owner].stop();
      instances[owner].stop();
      owner = -1;
    }
  }

  @Override
  public int grpcPort() {
    return instances[Math.max(owner, 0)].grpcPort();
  }

  /** Both instances' gRPC ports: a client may call either. */
  int[] grpcPorts() {
    return new int[] {instances[0].grpcPort(), instances[1].grpcPort()};
  }

  /** From each SIGKILL of the owner until the standby was ready. */
  List<Long> killTakeovers() {
    return List.copyOf(killTakeovers);
  }

  /** From each SIGSTOP of the owner until the standby was ready (the lease TTL included). */
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
    while (!standingBy.test(names[i])) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(names[i] + " did not stand by within "
            + STANDBY_DEADLINE_MS + " ms; its log:\n" + instances[i].logTail());
      }
      ChildProcesses.pause(25);
    }
  }

  /** A thawed former owner must find out it lost the account, and say so. */
  private void awaitLoss(GatewayProcess thawed) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOSS_DEADLINE_MS);
    String health = thawed.health();
    while (!health.contains("lost main")) {
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
