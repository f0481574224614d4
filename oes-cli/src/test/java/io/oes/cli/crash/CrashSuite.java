package io.oes.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The crash suite. First the store alone: a process committing intents killed with SIGKILL
 * again and again, and every commit it was told of still there ({@link CommitKills}). Then the
 * real gateway killed again and again while strategies create, amend and cancel orders and
 * orders fill; then exactly one exchange order per intent, nothing acknowledged lost, positions
 * as the exchange's, and the stream equal to the journal. Each on the embedded SQLite store and
 * on PostgreSQL (with NATS JetStream for the gateway).
 *
 * <p>Run only by the {@code crash} profile, after the distribution is packaged: {@code
 * scripts/crash-suite.sh}. {@code -Dcrash.kills=N} (default 20 gateway kills per store, twice
 * as many of the store alone), {@code -Dcrash.failover.rounds=N} (default 46, one interruption
 * of an owner each) and {@code -Dcrash.seed=S} (default random, printed) repeat a
 * run; {@code -Dcrash.control=true} runs the gateway's rounds without killing (the control: it
 * must pass on any gateway that works).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSuite {
  private static final Path JAR = Path.of("target", "oes.jar").toAbsolutePath();
  private static final Path RESULTS = Path.of("target", "crash-suite").toAbsolutePath();
  private static final int KILLS = Integer.getInteger("crash.kills", 20);
  /** Rounds of the failover run: some 11 new orders each, so 46 make 500 and more. */
  private static final int FAILOVER_ROUNDS = Integer.getInteger("crash.failover.rounds", 46);
  private static final boolean CONTROL = Boolean.getBoolean("crash.control");
  private static final long SEED = Long.getLong("crash.seed",
      ThreadLocalRandom.current().nextLong(1_000_000));

  @Test
  @Order(1)
  @Timeout(300)
  void theEmbeddedStoreKeepsEveryCommitThroughKills() throws Exception {
    Path folder = folder("commit-kills-sqlite");
    Path data = folder.resolve("data");
    verify(new CommitKills(JAR, folder, KILLS * 2, SEED)
        .run("sqlite", data.toString(), "jdbc:sqlite:" + data.resolve("oes.db")));
  }

  @Test
  @Order(2)
  @Timeout(300)
  void postgresKeepsEveryCommitThroughKills() throws Exception {
    Path folder = folder("commit-kills-postgres");
    String database = StoreUnderTest.PostgresWithNats.createDatabase();
    try {
      String url = StoreUnderTest.PostgresWithNats.SERVER + database;
      verify(new CommitKills(JAR, folder, KILLS * 2, SEED).run("postgres", url, url));
    } finally {
      StoreUnderTest.PostgresWithNats.dropDatabase(database);
    }
  }

  @Test
  @Order(3)
  @Timeout(400)
  void theEmbeddedStoreLosesAndDuplicatesNothingThroughKills() throws Exception {
    Path folder = folder("sqlite");
    try (StoreUnderTest store = new StoreUnderTest.EmbeddedSqlite(folder)) {
      verify(run(folder, store));
    }
  }

  @Test
  @Order(4)
  @Timeout(400)
  void postgresAndNatsLoseAndDuplicateNothingThroughKills() throws Exception {
    Path folder = folder("postgres");
    try (StoreUnderTest store = StoreUnderTest.PostgresWithNats.create(folder)) {
      verify(run(folder, store));
    }
  }

  @Test
  @Order(5)
  @Timeout(600)
  void threeInstancesLoseAndDuplicateNothingWhenAnAccountsOwnerIsKilledOrFrozen()
      throws Exception {
    Path folder = folder("failover");
    try (StoreUnderTest.PostgresWithNats store = StoreUnderTest.PostgresWithNats.create(folder)) {
      assertThat(JAR).as("the distribution (run the suite through scripts/crash-suite.sh)")
          .isRegularFile();
      verify(record(new CrashRun(JAR, folder, FAILOVER_ROUNDS, !CONTROL, SEED, System.out)
          .runFailover(store)));
    }
  }

  private static Totals run(Path folder, StoreUnderTest store) throws Exception {
    assertThat(JAR).as("the distribution (run the suite through scripts/crash-suite.sh)")
        .isRegularFile();
    return record(new CrashRun(JAR, folder, KILLS, !CONTROL, SEED, System.out).run(store));
  }

  private static Totals record(Totals totals) throws IOException {
    totals.print(System.out);
    Files.writeString(RESULTS.resolve("totals.txt"), totals.line() + "\n" + totals.verdict()
        + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return totals;
  }

  private static void verify(Totals totals) {
    assertThat(totals.violations()).as(totals.line()).isZero();
  }

  private static void verify(CommitKills.Result result) throws IOException {
    System.out.println(result.line());
    Files.writeString(RESULTS.resolve("totals.txt"), result.line() + "\n"
        + result.verdict() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertThat(result.lost() + result.gaps()).as(result.line()).isZero();
  }

  private static Path folder(String store) throws IOException {
    Files.createDirectories(RESULTS);
    return Files.createDirectories(RESULTS.resolve(store + "-" + Instant.now().toEpochMilli()));
  }
}
