package io.oes.cli.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store alone, killed while it commits: a {@link CommitWriter} process appends intents and
 * reports each one the store calls committed; it is killed with SIGKILL at a random instant;
 * then the store, opened again, must hold every sequence that was reported, with no gap. This
 * catches a lost commit even when the gateway's checks cannot (a lost intent whose order never
 * left looks like an order that was never placed).
 */
final class CommitKills {
  private final Path jar;
  private final Path folder;
  private final int kills;
  private final Random random;

  CommitKills(Path jar, Path folder, int kills, long seed) {
    this.jar = jar;
    this.folder = folder;
    this.kills = kills;
    this.random = new Random(seed);
  }

  /** The line the suite prints: reported and kept commits, and every one lost. */
  record Result(String store, int kills, long reported, long kept, long lost, long gaps) {
    String line() {
      return "commit-kills " + store + ": kills=" + kills + " reported_committed=" + reported
          + " journal_after=" + kept + " lost_commits=" + lost + " gaps=" + gaps;
    }

    String verdict() {
      return "commit-kills " + store + ": " + (lost == 0 && gaps == 0 ? "PASSED" : "FAILED");
    }
  }

  Result run(String kind, String target, String jdbcUrl) throws Exception {
    long lastReported = 0;
    long lost = 0;
    for (int round = 1; round <= kills; round++) {
      long reported = writeAndKill(kind, target, round);
      lastReported = Math.max(lastReported, reported);
      long kept = maxSequence(jdbcUrl);
      if (kept < reported) {
        lost += reported - kept;
      }
    }
    long kept = maxSequence(jdbcUrl);
    long gaps = kept - count(jdbcUrl);
    return new Result(kind, kills, lastReported, kept, lost, gaps);
  }

  /** One round: the highest sequence the writer reported committed before it was killed. */
  private long writeAndKill(String kind, String target, int round) throws Exception {
    Path log = folder.resolve("commit-writer-" + round + ".log");
    String classpath = jar + java.io.File.pathSeparator + Path.of("target", "test-classes")
        .toAbsolutePath();
    ProcessBuilder builder = new ProcessBuilder(List.of(ChildProcesses.java(),
        "--enable-native-access=ALL-UNNAMED", "-cp", classpath, CommitWriter.class.getName(),
        kind, target)).redirectError(log.toFile());
    Process writer = builder.start();
    AtomicLong highest = new AtomicLong();
    CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(writer, highest));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    // killed after a random amount of work once it commits: from the first commits to a thousand
    long killAt = Long.MAX_VALUE;
    while (writer.isAlive() && System.nanoTime() < deadline && highest.get() < killAt) {
      if (killAt == Long.MAX_VALUE && highest.get() > 0) {
        killAt = highest.get() + random.nextInt(1_000);
      }
      ChildProcesses.pause(1);
    }
    if (!writer.isAlive()) {
      throw new IllegalStateException("the commit writer exited by itself: " + ChildProcesses
          .tail(log));
    }
    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe, and the
    // lines still in it (commits the writer did report) would be lost to the count
    writer.toHandle().destroyForcibly();
    writer.waitFor();
    reader.get(10, TimeUnit.SECONDS);
    return highest.get();
  }

  /** Every line the writer printed before it died: what was in the pipe counts too. */
  private static void read(Process writer, AtomicLong highest) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("committed ")) {
          highest.accumulateAndGet(Long.parseLong(line.substring(10)), Math::max);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long maxSequence(String jdbcUrl) throws SQLException {
    return single(jdbcUrl, "SELECT COALESCE(MAX(sequence), 0) FROM order_events");
  }

  private static long count(String jdbcUrl) throws SQLException {
    return single(jdbcUrl, "SELECT COUNT(*) FROM order_events");
  }

  private static long single(String jdbcUrl, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

}
