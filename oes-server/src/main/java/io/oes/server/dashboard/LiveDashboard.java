package io.oes.server.dashboard;

import io.oes.api.GetPositionsRequest;
import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.server.security.Principal;
import io.oes.server.security.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every open dashboard page up to date. One thread owns the pages and the chart history:
 * it sends a page its snapshot when it connects, forwards order events as they arrive (in
 * batches, each page only the orders its caller may see), and once a second sends the accounts,
 * the trading state, the positions and the charts' new point. Pages are fed by push over one
 * stream each: no page polls.
 */
public final class LiveDashboard implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveDashboard.class);
  /** Events of the feed's memory a new page starts its event tail and fills with. */
  private static final int SNAPSHOT_EVENTS = 200;

  private final DashboardSources sources;
  private final DashboardInbox inbox;
  private final List<AccountProbe> probes = new ArrayList<>();
  private final LatencyHistory history;
  // written by the dashboard's thread only; read by close() too
  private final List<DashboardPage> pages = new CopyOnWriteArrayList<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
      runnable -> Thread.ofPlatform().name("dashboard").daemon().unstarted(runnable));

  private LiveDashboard(DashboardSources sources, DashboardInbox inbox) {
    this.sources = sources;
    this.inbox = inbox;
    for (int i = 0; i < sources.accounts().size(); i++) {
      probes.add(new AccountProbe(sources.accounts().get(i), sources.engines().get(i)));
    }
    this.history = new LatencyHistory(sources.registry());
  }

  /**
   * Starts the dashboard's thread.
   *
   * @param inbox a sink of {@code sources.feed()}, so no event is missed between snapshot and
   *     stream
   */
  public static LiveDashboard start(DashboardSources sources, DashboardInbox inbox) {
    LiveDashboard dashboard = new LiveDashboard(sources, inbox);
    inbox.onArrival(dashboard::scheduleDrain);
    dashboard.thread.scheduleAtFixedRate(guarded(dashboard::tick), 1, 1,
        TimeUnit.SECONDS);
    return dashboard;
  }

  DashboardSources sources() {
    return sources;
  }

  /** Adds a page: it is sent its snapshot, then every change. */
  void attach(DashboardPage page) {
    run(() -> {
      inbox.setOpen(true);
      forwardEvents();
      page.send("snapshot", DashboardJson.write(snapshot(page)));
      pages.add(page);
    });
  }

  void detach(DashboardPage page) {
    run(() -> {
      pages.remove(page);
      inbox.setOpen(!pages.isEmpty());
    });
  }

  private void scheduleDrain() {
    if (drainScheduled.compareAndSet(false, true)) {
      run(() -> {
        drainScheduled.set(false);
        forwardEvents();
      });
    }
  }

  /** Runs {@code task} on the dashboard's thread; once it is closed, does nothing. */
  private void run(Runnable task) {
    try {
      thread.execute(guarded(task));
    } catch (RejectedExecutionException e) {
      // closing: an event emitted or a page leaving now has nobody left to tell
    }
  }

  private void forwardEvents() {
    if (inbox.overflowed()) {
      LOG.warn("Dashboard fell behind the order feed; sending {} page(s) a fresh snapshot",
          pages.size());
      pages.forEach(page -> page.send("snapshot", DashboardJson.write(snapshot(page))));
      return;
    }
    List<OrderEvent> events = inbox.drain();
    if (events.isEmpty()) {
      return;
    }
    for (DashboardPage page : pages) {
      List<Map<String, Object>> visible = visibleEvents(page, events);
      if (!visible.isEmpty()) {
        page.send("orders", DashboardJson.write(visible));
      }
    }
  }

  private void tick() {
    Instant now = sources.clock().instant();
    LatencyHistory.Point point = history.sample(now);
    if (pages.isEmpty()) {
      return;
    }
    Map<String, Object> shared = new LinkedHashMap<>();
    shared.put("time", now);
    shared.put("trading", DashboardJson.trading(sources.killSwitch().state()));
    shared.put("accounts", accounts(now));
    shared.put("point", point);
    Map<String, Object> positionsByUser = new HashMap<>();
    for (DashboardPage page : pages) {
      Map<String, Object> tick = new LinkedHashMap<>(shared);
      String user = userFilter(page.principal());
      tick.put("positions", positionsByUser.computeIfAbsent(user, this::positions));
      page.send("tick", DashboardJson.write(tick));
    }
  }

  private Map<String, Object> snapshot(DashboardPage page) {
    Instant now = sources.clock().instant();
    OrderFeed feed = sources.feed();
    long last = feed.lastSequence();
    long from = Math.max(feed.oldestKept() - 1, last - SNAPSHOT_EVENTS);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("time", now);
    json.put("caller", caller(page.principal()));
    json.put("trading", DashboardJson.trading(sources.killSwitch().state()));
    json.put("accounts", accounts(now));
    json.put("positions", positions(userFilter(page.principal())));
    json.put("open_orders", sources.engines().stream()
        .flatMap(engine -> engine.openOrders(order -> page.canSee(order.userId())).stream())
        .map(DashboardJson::order).toList());
    json.put("events", visibleEvents(page, feed.recentAfter(from, SNAPSHOT_EVENTS)));
    json.put("history", history.points());
    return json;
  }

  private static Map<String, Object> caller(Principal principal) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", principal.name());
    json.put("user_id", principal.userId());
    json.put("admin", principal.isAdmin());
    json.put("trade", principal.has(Scope.TRADE));
    return json;
  }

  private List<AccountStatus> accounts(Instant now) {
    return probes.stream().map(probe -> probe.status(now)).toList();
  }

  private List<Map<String, Object>> positions(String user) {
    return sources.positions().answer(GetPositionsRequest.getDefaultInstance(), user)
        .getPositionsList().stream().map(DashboardJson::position).toList();
  }

  /** Every user's for an admin (empty filter), else the caller's own user's. */
  private static String userFilter(Principal principal) {
    return principal.isAdmin() ? "" : principal.userId();
  }

  private static List<Map<String, Object>> visibleEvents(DashboardPage page,
      List<OrderEvent> events) {
    return events.stream().filter(event -> page.canSee(event.order().userId()))
        .map(DashboardJson::event).toList();
  }

  /** A task that logs its failure instead of ending the dashboard's thread. */
  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("Dashboard update failed: {}", e.toString(), e);
      }
    };
  }

  @Override
  public void close() {
    inbox.setOpen(false);
    thread.shutdownNow();
    pages.forEach(DashboardPage::end);
  }
}
