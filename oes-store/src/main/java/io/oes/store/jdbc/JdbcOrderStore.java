package io.oes.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.EventJournal;
import io.oes.core.port.OrderStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order history in PostgreSQL or in an embedded SQLite file, the same tables in both
 * (Flyway migrations in {@code db/postgresql} and {@code db/sqlite}).
 *
 * <p>Durability: {@link #whenCommitted} completes once the database has the commit on disk.
 * PostgreSQL syncs its log at commit (with its default {@code synchronous_commit}); the SQLite
 * file is opened in WAL mode with {@code synchronous=FULL}, so a commit is synced before it
 * returns and survives a killed process, an OS crash and a power loss alike.
 *
 * <p>Writes: {@link #append} queues the event and returns; a writer thread commits queued
 * events in batches (group commit) — the newest state of each order in {@code orders}, every
 * event in {@code order_events}, every fill in {@code fills}. A failed batch is kept and retried
 * until it commits; {@link #health()} reports the failure meanwhile. {@code append} blocks only
 * when {@link JdbcStoreOptions#queueCapacity()} events are waiting.
 *
 * <p>Reads see every append (read-your-writes): orders appended but not yet committed are kept
 * in a small overlay consulted before the database, and merged into {@link #find} and {@link
 * #findOpen}. {@link #journal} and {@link #fills} read committed rows only; {@link #flush} first
 * when that matters.
 *
 * <p>As an {@link EventJournal} it is the outbox of the event bus: publishers read committed
 * events after their durable cursor ({@code event_cursors}) and move it once delivered.
 *
 * <p>Thread-safe. Times are stored to the microsecond; decimals as NUMERIC(38,18).
 */
public final class JdbcOrderStore implements OrderStore, EventJournal, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcOrderStore.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final HikariDataSource dataSource;
  private final SqlDialect dialect;
  private final String description;
  private final BatchWriter writer;
  private final MergedReads reads;
  private final HistoryReader history;
  private final Cursors cursors;
  private final AtomicLong lastSequence;
  private final StoreWarmUp warmUp;
  private final boolean shared;

  private JdbcOrderStore(HikariDataSource dataSource, SqlDialect dialect, String description,
      JdbcStoreOptions options, AccountFences fences) {
    this.dataSource = dataSource;
    this.shared = fences.isEnforced();
    this.warmUp = new StoreWarmUp(dataSource, dialect, options.poolSize());
    this.dialect = dialect;
    this.description = description;
    PendingOrders pending = new PendingOrders();
    this.history = new HistoryReader(dataSource, dialect);
    this.cursors = new Cursors(dataSource, dialect);
    this.lastSequence = new AtomicLong(history.maxSequence());
    this.writer = new BatchWriter(dataSource, dialect, pending, options, fences,
        lastSequence.get());
    this.reads = new MergedReads(pending, new OrderReader(dataSource, dialect));
    writer.start();
    LOG.info("Order store open: {}, journal at sequence {}", description, lastSequence.get());
  }

  /**
   * Opens (and migrates) a PostgreSQL store. {@code url} is a JDBC URL or a {@code
   * postgres://user:pass@host:port/db} URL; its credentials apply when {@code user} or {@code
   * password} is null or blank.
   */
  public static JdbcOrderStore postgres(String url, String user, String password) {
    return postgres(url, user, password, JdbcStoreOptions.defaults());
  }

  public static JdbcOrderStore postgres(String url, String user, String password,
      JdbcStoreOptions options) {
    return postgres(url, user, password, options, AccountFences.none());
  }

  /**
   * A PostgreSQL store shared by several instances: each commit writes only the events of the
   * accounts {@code fences} holds, under their fence.
   */
  public static JdbcOrderStore postgres(String url, String user, String password,
      JdbcStoreOptions options, AccountFences fences) {
    PostgresUrl parsed = PostgresUrl.parse(url, user, password);
    return open(DataSources.postgres(parsed, options, fences), SqlDialect.POSTGRES,
        "PostgreSQL " + PostgresUrl.redacted(parsed.jdbcUrl()), options, fences);
  }

  /**
   * Brings a PostgreSQL schema up to date without opening a store: for what needs the tables
   * before the store opens (an instance taking account leases).
   */
  public static void migratePostgres(String url, String user, String password) {
    PostgresUrl parsed = PostgresUrl.parse(url, user, password);
    try (HikariDataSource dataSource = DataSources.postgres(parsed,
        JdbcStoreOptions.defaults().withPoolSize(2))) {
      Migrations.apply(dataSource, SqlDialect.POSTGRES);
    }
  }

  /** Opens (and migrates) the embedded store in {@code directory}/oes.db, creating both. */
  public static JdbcOrderStore sqlite(Path directory) {
    return sqlite(directory, JdbcStoreOptions.defaults().withPoolSize(4));
  }

  public static JdbcOrderStore sqlite(Path directory, JdbcStoreOptions options) {
    EmbeddedFiles.prepare(directory);
    return open(DataSources.sqlite(directory, options), SqlDialect.SQLITE,
        "SQLite " + EmbeddedFiles.database(directory), options, AccountFences.none());
  }

  private static JdbcOrderStore open(HikariDataSource dataSource, SqlDialect dialect,
      String description, JdbcStoreOptions options, AccountFences fences) {
    try {
      Migrations.apply(dataSource, dialect);
      return new JdbcOrderStore(dataSource, dialect, description, options, fences);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Before the first orders: opens the pool's connections and runs the journal's write
   * statements for {@code scratch} on all but two of them (left to the rest of the start),
   * rolled back, so the first orders find the connections open and the statements prepared.
   * The pool keeps every connection open. Leaves no row and changes no sequence. {@code
   * scratch} needs at least one event, of orders that exist nowhere else.
   *
   * @param timeout how long to wait for each connection
   * @return how many connections were warmed
   */
  public int warmUp(List<OrderEvent> scratch, Duration timeout) {
    if (scratch.isEmpty()) {
      throw new IllegalArgumentException("a warm-up needs at least one scratch event");
    }
    return warmUp.run(scratch, timeout);
  }

  /** Connections the pool holds open now, in use or idle. */
  public int openConnections() {
    var pool = dataSource.getHikariPoolMXBean();
    return pool == null ? 0 : pool.getTotalConnections();
  }

  /** Queues {@code event} for the next batch; its sequence must be positive. */
  @Override
  public void append(OrderEvent event) {
    if (event.sequence() <= 0) {
      throw new IllegalArgumentException("event of order " + event.order().orderId()
          + " has no sequence (" + event.sequence() + "); the feed numbers events");
    }
    try {
      writer.append(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while the store queue was full", e);
    }
    lastSequence.accumulateAndGet(event.sequence(), Math::max);
  }

  /** With fences enforced, other instances write this journal too. */
  @Override
  public boolean sharedWithOthers() {
    return shared;
  }

  @Override
  public CompletableFuture<Void> whenCommitted(long sequence) {
    return writer.whenCommitted(sequence);
  }

  @Override
  public Optional<Order> findById(String orderId) {
    return reads.byId(orderId);
  }

  @Override
  public Optional<Order> findByClientOrderId(String userId, String clientOrderId) {
    return reads.byClientOrderId(userId, clientOrderId);
  }

  @Override
  public Optional<Order> findByExchangeClientId(String accountId, String exchangeClientId) {
    return reads.byExchangeClientId(accountId, exchangeClientId);
  }

  @Override
  public List<Order> findWithMissingFills(String accountId, Instant createdSince) {
    return reads.withMissingFills(accountId, createdSince);
  }

  @Override
  public List<String> fillIdsOf(String orderId) {
    return history.fillsOf(orderId).stream().map(Fill::fillId).toList();
  }

  @Override
  public OrderPage find(OrderQuery query) {
    return reads.page(query);
  }

  @Override
  public List<Order> findOpen(String accountId) {
    return reads.open(accountId);
  }

  @Override
  public void forEachClientOrderKey(Consumer<ClientOrderKey> action) {
    reads.clientOrderKeys(action);
  }

  /** The highest sequence journaled or appended: the feed continues after it on restart. */
  public long lastSequence() {
    return lastSequence.get();
  }

  /** The committed journal of {@code orderId}, oldest first, each event with its fill. */
  public List<OrderEvent> journal(String orderId) {
    return history.eventsOf(orderId);
  }

  /** Up to {@code limit} committed events with a sequence above {@code sequence}, in order. */
  public List<OrderEvent> journalAfter(long sequence, int limit) {
    return history.eventsAfter(sequence, limit);
  }

  @Override
  public long latestSequence() {
    return lastSequence.get();
  }

  @Override
  public long committedSequence() {
    return history.maxSequence();
  }

  @Override
  public List<OrderEvent> committedAfter(long sequence, int limit) {
    return history.eventsAfter(sequence, limit);
  }

  @Override
  public OptionalLong cursor(String name) {
    return cursors.read(name);
  }

  @Override
  public void saveCursor(String name, long sequence) {
    cursors.save(name, sequence, Instant.now());
  }

  /** Committed rows only, as {@link #journalAfter}. */
  @Override
  public List<OrderEvent> eventsAfter(long sequence, int limit) {
    return history.eventsAfter(sequence, limit);
  }

  /** The oldest committed event's sequence; 0 when {@code order_events} is empty. */
  @Override
  public long oldestSequence() {
    return history.minSequence();
  }

  /** The committed fills of {@code orderId}, in the order they arrived. */
  public List<Fill> fills(String orderId) {
    return history.fillsOf(orderId);
  }

  /**
   * The kill switch's saved state and the account history, in the same database. The history
   * reads committed rows only: {@link #flush} first when that matters.
   */
  public JdbcAccountState accountState() {
    return new JdbcAccountState(dataSource, dialect);
  }

  /** Waits until everything appended so far is committed, however long that takes. */
  public void flush() throws InterruptedException {
    writer.awaitCommitted(writer.appendedPosition(), Duration.ofDays(365));
  }

  /** Waits at most {@code timeout} for everything appended so far; false if it ran out. */
  public boolean flush(Duration timeout) throws InterruptedException {
    return writer.awaitCommitted(writer.appendedPosition(), timeout);
  }

  /** Whether the last batch failed to commit (it is kept and retried). */
  public boolean writesFailing() {
    return writer.failing();
  }

  /** Events appended but not yet committed. */
  public long backlog() {
    return writer.appendedPosition() - writer.committedPosition();
  }

  /**
   * Probes the database with {@code SELECT 1} and adds the writer's state (failing writes,
   * backlog); blocks at most the connect timeout.
   */
  public StoreHealth health() {
    return StoreProbe.probe(dataSource, description, writer);
  }

  /** Commits what is queued (waiting up to 10 s), then closes the pool. */
  @Override
  public void close() {
    try {
      if (!writer.stop(CLOSE_TIMEOUT)) {
        LOG.error("Store closed with {} events not persisted", backlog());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dataSource.close();
    }
  }
}
