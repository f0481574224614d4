package io.oes.cli.crash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two gateway instances on one PostgreSQL, each configured with the same account: the one
 * holding its lease serves, the other stands by (its start waits for the lease). A kill of
 * the owner is followed by the standby's takeover — how long from the kill until it is ready
 * is kept — and the killed instance starts again, as the new standby.
 */
final class GatewayPair implements KilledGateway {
  /** Short, so a frozen owner's lease lapses soon; renewed every third of it. */
  static final int LEASE_TTL_MS = 2_000;

  private final GatewayProcess[] instances = new GatewayProcess[2];
  private final List<Long> takeoverMillis = new ArrayList<>();
  private int owner = -1;
  private long killedAtNanos;

  GatewayPair(Path jar, Path folder, StandaloneSimulator exchange, String storeYaml) {
    for (int i = 0; i < 2; i++) {
      String name = "-" + (char) ('a' + i);
      instances[i] = new GatewayProcess(jar, folder, name, exchange, storeYaml + """
          cluster:
            enabled: true
            instance_id: instance%s
            lease_ttl_ms: %d
          """.formatted(name, LEASE_TTL_MS));
    }
  }

  /**
   * With nothing running: the first instance takes the lease and serves, the second stands
   * by. After a {@link #kill}: waits for the standby's takeover, then starts the killed one.
   */
  @Override
  public void start() {
    if (owner < 0) {
      instances[0].start();
      instances[1].launch();
      owner = 0;
      return;
    }
    int killed = owner;
    owner = 1 - killed;
    instances[owner].awaitReady();
    takeoverMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAtNanos));
    instances[killed].launch();
  }

  @Override
  public void kill() {
    killedAtNanos = System.nanoTime();
    instances[owner].kill();
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

  /** From each kill until the standby was ready, in kill order. */
  List<Long> takeoverMillis() {
    return List.copyOf(takeoverMillis);
  }
}
