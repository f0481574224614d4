package io.oes.server;

import io.grpc.BindableService;
import io.grpc.ServerInterceptors;
import io.oes.core.engine.AccountEngine;
import io.oes.core.engine.AccountRouter;
import io.oes.core.engine.EngineGuards;
import io.oes.core.engine.EngineSettings;
import io.oes.core.engine.OrderEngine;
import io.oes.core.feed.FeedListener;
import io.oes.core.feed.FeedResume;
import io.oes.core.feed.OrderFeed;
import io.oes.core.position.PositionLedger;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.RiskEngine;
import io.oes.core.symbol.MarkPrices;
import io.oes.server.admin.AdminGrpcService;
import io.oes.server.admin.AdminHttpRoutes;
import io.oes.server.admin.TradingHealthCheck;
import io.oes.server.cluster.AccountOwnership;
import io.oes.server.cluster.ClusterJoin;
import io.oes.server.cluster.HaltFollower;
import io.oes.server.cluster.JournalTail;
import io.oes.server.cluster.OwnerForwarding;
import io.oes.server.cluster.LeaseHealthCheck;
import io.oes.server.config.AccountConfig;
import io.oes.server.config.EventsConfig;
import io.oes.server.config.OesConfig;
import io.oes.server.dashboard.DashboardInbox;
import io.oes.server.dashboard.DashboardRoutes;
import io.oes.server.dashboard.DashboardSources;
import io.oes.server.dashboard.LiveDashboard;
import io.oes.server.exchange.ExchangeAccount;
import io.oes.server.exchange.ExchangeAccounts;
import io.oes.server.exchange.ExchangeHealthCheck;
import io.oes.server.exchange.MeteredExchange;
import io.oes.server.grpc.Forwarding;
import io.oes.server.grpc.GrpcEndpoint;
import io.oes.server.grpc.OrderDesk;
import io.oes.server.grpc.OrderGrpcService;
import io.oes.server.grpc.PositionQueries;
import io.oes.server.grpc.UpdateStreams;
import io.oes.server.health.Criticality;
import io.oes.server.health.HealthService;
import io.oes.server.health.ReadinessWatch;
import io.oes.server.health.SystemHealthCheck;
import io.oes.server.http.HttpApi;
import io.oes.server.metrics.Metrics;
import io.oes.server.nats.NatsOrderEntry;
import io.oes.server.nats.NatsOrderEntryCheck;
import io.oes.server.recovery.AccountRecovery;
import io.oes.server.recovery.PositionCheck;
import io.oes.server.security.Authenticator;
import io.oes.server.security.BindPolicy;
import io.oes.server.security.BindVerdict;
import io.oes.server.security.SecuritySettings;
import io.oes.server.security.StreamQuota;
import io.oes.server.supervision.AccountSupervisor;
import io.oes.store.jdbc.AccountFences;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway. {@link #start} brings the parts up in dependency order (the exchange and
 * persistence side by side, then the engine, then the APIs while the accounts reconcile) and
 * only then reports ready; {@link #close} takes them down in reverse, so no order is accepted
 * that cannot be handled.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
  private static final Duration POSITION_CHECK_TIMEOUT = Duration.ofSeconds(10);
  /** Updates read from the journal at a time for a resuming subscriber. */
  private static final int RESUME_PAGE_SIZE = 500;
  /** How long a resume waits before looking again for an update not committed yet. */
  private static final Duration RESUME_COMMIT_PAUSE = Duration.ofMillis(10);
  /** How often an instance of several takes the halt from the store. */
  private static final Duration HALT_RELOAD = Duration.ofSeconds(1);
  /** How long the journal tail waits before looking again for events of any instance. */
  private static final Duration JOURNAL_TAIL_PAUSE = Duration.ofMillis(5);
  private static final CompletableFuture<Void> COMMITTED = CompletableFuture.completedFuture(null);
  /** How often grpc.health.v1 re-reads readiness (each read runs the health checks). */
  private static final Duration READINESS_INTERVAL = Duration.ofSeconds(2);

  /** What a gateway is for: serving clients, or the scratch gateway of a training run. */
  private enum Role { SERVING, TRAINING }

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final Role role;
  private GrpcEndpoint grpc;
  private HttpApi http;
  private HealthService health;
  private ReadinessWatch readiness;

  private Gateway(Role role) {
    this.role = role;
  }

  /** Starts everything {@code config} describes; returns once the gateway is ready. */
  public static Gateway start(OesConfig config, String version) {
    return start(config, version, Role.SERVING);
  }

  /**
   * The scratch gateway of a {@link TrainingRun}: as {@link #start}, but with no training run
   * or warm-up of its own and no per-order log lines, so its orders show nowhere.
   */
  static Gateway startTraining(OesConfig config) {
    return start(config, "training", Role.TRAINING);
  }

  private static Gateway start(OesConfig config, String version, Role role) {
    Gateway gateway = new Gateway(role);
    try {
      gateway.wire(config, version, InstantSource.system());
      return gateway;
    } catch (Exception e) {
      gateway.close();
      throw e instanceof RuntimeException runtime ? runtime
          : new IllegalStateException("gateway failed to start: " + e.getMessage(), e);
    }
  }

  private void wire(OesConfig config, String version, InstantSource clock) throws Exception {
    boolean serving = role == Role.SERVING;
    // Trains the order path on a scratch gateway while this one starts (joined before ready)
    CompletableFuture<String> training = serving
        ? TrainingRun.begin(config.server().trainingOrders())
        : CompletableFuture.completedFuture("");
    // The exchange (simulator, trading rules) needs none of what follows until the engine.
    BackgroundStart<ExchangeAccounts> exchangeStart = own(BackgroundStart.begin("exchange",
        () -> ExchangeAccounts.connect(config, clock)));
    Metrics metrics = own(Metrics.create());
    health = own(new HealthService());
    AccountFences fences = config.cluster().enabled()
        ? AccountFences.enforced(config.cluster().leaseTtl())
        : AccountFences.none();
    // A standby waits here; once it owns its accounts, it starts as a restarted gateway does.
    Optional<AccountOwnership> ownership = config.cluster().enabled()
        ? Optional.of(own(ClusterJoin.join(config, fences, metrics.registry(), version)))
        : Optional.empty();
    Persistence persistence = own(Persistence.open(config, metrics, fences));
    // Readied before ready, not after: a restarted gateway is needed at once (joined below)
    CompletableFuture<String> warmUp = serving ? StartupWarmUp.begin(persistence, clock)
        : CompletableFuture.completedFuture("");
    ExchangeAccounts exchange = exchangeStart.join();
    TransitionLog transitions = own(new TransitionLog());
    // Restored before any engine runs, so no order is admitted against an empty state.
    KillSwitch killSwitch = AccountRecovery.killSwitch(clock, persistence.tradingStates());
    PositionLedger positions = new PositionLedger();
    AccountRecovery recovered = AccountRecovery.read(persistence.history(), positions,
        clock.instant());
    DashboardInbox dashboardInbox = new DashboardInbox();
    List<FeedListener> sinks = new ArrayList<>(
        List.of(persistence::onEvent, new OrderEventCounter(metrics.orders()), positions,
            dashboardInbox));
    if (serving) {
      sinks.add(2, transitions);
    }
    // Owned after persistence, so it closes before: its last events still reach the store.
    OrderFeed feed = own(new OrderFeed(List.copyOf(sinks),
        config.server().streamReplayWindow(), persistence.lastSequence()));
    List<AccountEngine> accounts = exchange.accounts().stream()
        .map(account -> own(new AccountEngine(account.id(),
            new MeteredExchange(account.id(), account.gateway(),
                metrics.exchange()), account.rules(),
            feed, persistence.store(), clock, EngineSettings.defaults()
                .withRecvWindow(Duration.ofMillis(config.exchange().recvWindowMs())),
            guards(config, account, killSwitch, persistence, recovered))))
        .toList();
    OrderEngine engine = new OrderEngine(accounts, router(config),
        new CountingCache(persistence.cache(), metrics.feeds()), persistence.store(),
        account -> ownership.map(owner -> owner.whereIs(account)).orElse(""));
    GatewayMeters.track(metrics, feed, exchange.accounts(), accounts);
    ownership.ifPresent(owner -> {
      owner.onLost((lostId, why) -> accounts.stream().filter(a -> a.accountId().equals(lostId))
          .forEach(a -> a.stopTrading("its lease was lost (" + why + ")")));
      health.register(new LeaseHealthCheck(owner), Criticality.CRITICAL);
      // a halt sent to another instance is in the shared store: taken from there
      own(HaltFollower.start(killSwitch, HALT_RELOAD));
    });

    health.register(new ExchangeHealthCheck(exchange.accounts(), clock,
        id -> accounts.stream().anyMatch(a -> a.accountId().equals(id) && a.isReconciling())),
        Criticality.CRITICAL);
    persistence.registerHealthChecks(health);
    health.register(new SystemHealthCheck(), Criticality.NON_CRITICAL);
    health.register(new TradingHealthCheck(killSwitch), Criticality.NON_CRITICAL);

    Authenticator auth = authenticator(config);
    SecuritySettings security = config.security();
    // New orders are refused from here until each account's reconciliation is done, so the
    // ports may open meanwhile.
    List<AccountSupervisor> supervisors = beginSupervision(exchange, accounts);
    PositionQueries positionQueries = new PositionQueries(positions, marksByAccount(exchange));
    LiveDashboard dashboard = own(LiveDashboard.start(new DashboardSources(feed,
        exchange.accounts(), accounts, engine, killSwitch, positionQueries, metrics.registry(),
        clock), dashboardInbox));
    BackgroundStart<HttpApi> httpStart = own(BackgroundStart.begin("http",
        () -> HttpApi.start(config.server().host(), config.server().httpPort(),
            config.server().corsAllowedOrigins(), health, metrics.registry(), version,
            List.of(new AdminHttpRoutes(killSwitch, auth), new DashboardRoutes(dashboard, auth)),
            security.httpTls())));
    ExecutorService streams = own(Executors.newVirtualThreadPerTaskExecutor());
    UpdateStreams updates = updateStreams(config, feed, persistence, streams);
    OrderDesk desk = new OrderDesk(engine, metrics);
    grpc = own(GrpcEndpoint.start(config.server().host(), config.server().grpcPort(),
        List.of(orderService(engine, desk, updates, positionQueries, ownership, config),
            new AdminGrpcService(killSwitch, exchange.simulatorFloor())), auth,
        security.grpcTls()));
    if (config.events().orderEntry()) {
      NatsOrderEntry natsEntry = own(NatsOrderEntry.start(
          config.events().address().orElse(EventsConfig.DEFAULT_NATS_ADDRESS), auth, desk));
      health.register(new NatsOrderEntryCheck(natsEntry), Criticality.NON_CRITICAL);
    }
    // grpc.health.v1 says NOT_SERVING until ready, then follows readiness
    readiness = own(ReadinessWatch.start(health, READINESS_INTERVAL, grpc::setServing));
    http = httpStart.join();
    awaitSupervision(config, supervisors);
    new PositionCheck(positions, metrics.registry(), POSITION_CHECK_TIMEOUT)
        .checkAll(exchange.accounts());
    warmUp.join();
    training.join();
    health.setReady(true);
    readiness.refresh();
    if (!serving) {
      return;
    }
    LOG.info("Gateway ready: exchange {} ({}), gRPC {}:{}, HTTP {}:{}", config.exchange().mode(),
        exchange.simulatorUrl() == null ? "remote" : "simulator " + exchange.simulatorUrl(),
        config.server().host(), grpc.port(), config.server().host(), http.port());
  }

  /**
   * The OrderService; with several instances (over plaintext gRPC), one that forwards calls for
   * accounts another instance trades to that instance.
   */
  private BindableService orderService(OrderEngine engine, OrderDesk desk, UpdateStreams updates,
      PositionQueries positions, Optional<AccountOwnership> ownership, OesConfig config) {
    if (ownership.isEmpty() || config.security().grpcTls().isPresent()) {
      return new OrderGrpcService(engine, desk, updates, positions, Forwarding.NONE);
    }
    OwnerForwarding forwarding = own(new OwnerForwarding(config.cluster().instanceId(),
        ownership.get()));
    OrderGrpcService service = new OrderGrpcService(engine, desk, updates, positions,
        forwarding);
    return () -> ServerInterceptors.intercept(service, forwarding);
  }

  /**
   * The StreamOrderUpdates calls: fed by the engine's feed, or, with several instances, by the
   * shared journal, which alone holds every instance's updates in their one order.
   */
  private UpdateStreams updateStreams(OesConfig config, OrderFeed feed, Persistence persistence,
      ExecutorService executor) {
    OrderFeed source = feed;
    LongFunction<CompletableFuture<Void>> committed = persistence.store()::whenCommitted;
    if (config.cluster().enabled()) {
      long after = persistence.lastSequence();
      source = own(new OrderFeed(List.of(), config.server().streamReplayWindow(), after));
      own(JournalTail.start(persistence.store(), source, after, JOURNAL_TAIL_PAUSE));
      committed = sequence -> COMMITTED; // the tail hands on committed events only
    }
    return new UpdateStreams(source, new FeedResume(source, persistence.store(),
        RESUME_PAGE_SIZE, RESUME_COMMIT_PAUSE), executor, config.server().streamQueueCapacity(),
        new StreamQuota(config.security().maxStreamsPerPrincipal()), committed);
  }

  /**
   * Who may call; refuses to expose an unauthenticated gateway beyond loopback by mistake, on
   * the gRPC port or through a NATS server taking orders.
   */
  private static Authenticator authenticator(OesConfig config) {
    SecuritySettings security = config.security();
    Authenticator auth = Authenticator.of(security);
    BindVerdict bind = BindPolicy.check(config.server().host(), auth.mode(),
        security.grpcTls().isPresent(), security.allowInsecureBind());
    if (bind.isRefused()) {
      throw new IllegalStateException(bind.message());
    }
    if (bind.outcome() == BindVerdict.Outcome.WARNING) {
      LOG.warn(bind.message());
    }
    if (config.events().orderEntry()) {
      BindVerdict nats = BindPolicy.checkNatsOrderEntry(
          config.events().address().orElse(EventsConfig.DEFAULT_NATS_ADDRESS), auth.mode(),
          security.allowInsecureBind());
      if (nats.isRefused()) {
        throw new IllegalStateException(nats.message());
      }
      if (nats.outcome() == BindVerdict.Outcome.WARNING) {
        LOG.warn(nats.message());
      }
    }
    return auth;
  }

  private static EngineGuards guards(OesConfig config, ExchangeAccount account,
      KillSwitch killSwitch, Persistence persistence, AccountRecovery recovered) {
    RiskEngine risk = new RiskEngine(config.protection().risk(), killSwitch);
    recovered.seed(account.id(), risk);
    return new EngineGuards(risk, account.marks(), account.limiter(), account.exchangeClock(),
        persistence::refusalForNewOrders);
  }

  private static Map<String, MarkPrices> marksByAccount(ExchangeAccounts exchange) {
    Map<String, MarkPrices> marks = new HashMap<>();
    exchange.accounts().forEach(account -> marks.put(account.id(), account.marks()));
    return marks;
  }

  private static AccountRouter router(OesConfig config) {
    Map<String, String> accountByUser = new HashMap<>();
    String defaultAccount = config.exchange().accounts().get(0).id();
    for (AccountConfig account : config.exchange().accounts()) {
      account.users().forEach(user -> accountByUser.put(user, account.id()));
      if (account.servesEveryone()) {
        defaultAccount = account.id();
      }
    }
    return new AccountRouter(accountByUser, defaultAccount);
  }

  /** Begins every account's start-up reconciliation (orders wait) and stream. */
  private List<AccountSupervisor> beginSupervision(ExchangeAccounts exchange,
      List<AccountEngine> engines) {
    List<AccountSupervisor> supervisors = new ArrayList<>();
    for (int i = 0; i < engines.size(); i++) {
      AccountSupervisor supervisor = own(new AccountSupervisor(exchange.accounts().get(i),
          engines.get(i)));
      supervisor.begin();
      supervisors.add(supervisor);
    }
    return supervisors;
  }

  /** Waits until every account is reconciled, then keeps them in step. */
  private static void awaitSupervision(OesConfig config, List<AccountSupervisor> supervisors)
      throws Exception {
    Duration interval = Duration.ofSeconds(config.exchange().reconcileIntervalSeconds());
    Duration countdown = Duration.ofSeconds(config.exchange().effectiveCancelCountdownSeconds());
    for (AccountSupervisor supervisor : supervisors) {
      supervisor.awaitStarted(interval, countdown);
    }
  }

  private <T extends AutoCloseable> T own(T resource) {
    resources.push(resource);
    return resource;
  }

  public int grpcPort() {
    return grpc.port();
  }

  public int httpPort() {
    return http.port();
  }

  /** Stops taking orders, then closes every part in reverse start order. */
  @Override
  public void close() {
    if (health != null) {
      health.setReady(false);
    }
    if (readiness != null) {
      readiness.close();
    }
    if (grpc != null) {
      grpc.setServing(false);
    }
    while (!resources.isEmpty()) {
      AutoCloseable resource = resources.pop();
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.getMessage());
      }
    }
  }
}
