package io.oes.core.testing;

import io.oes.core.order.Order;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangePosition;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An exchange whose answers a test scripts, recording every request. For engine tests that
 * need outcomes a real venue gives rarely (unknown outcomes, lost answers); adapter tests use
 * the simulator over HTTP instead.
 */
public final class ScriptedExchange implements ExchangeGateway {
  private final Deque<Function<Order, ExchangeOutcome>> submitAnswers = new ArrayDeque<>();
  private final Deque<ExchangeOutcome> queryAnswers = new ArrayDeque<>();
  private final Deque<Function<List<Order>, List<ExchangeOutcome>>> batchAnswers =
      new ArrayDeque<>();
  private Function<String, ExchangeOutcome> queryByClientId;
  private Function<String, ExchangeOutcome> cancelByClientId;
  private final Deque<ExchangeOutcome> cancelAnswers = new ArrayDeque<>();
  private final Deque<ExchangeOutcome> amendAnswers = new ArrayDeque<>();
  private List<ExecutionReport> openOrders = List.of();
  private List<TradeFill> trades = List.of();
  private boolean cancelAllConfirmed = true;
  private CompletableFuture<List<ExecutionReport>> heldOpenOrders;
  private final List<String> requests = new ArrayList<>();
  private final List<SymbolRules> rules;

  public ScriptedExchange(List<SymbolRules> rules) {
    this.rules = List.copyOf(rules);
  }

  public ScriptedExchange answerSubmit(Function<Order, ExchangeOutcome> answer) {
    submitAnswers.add(answer);
    return this;
  }

  /**
   * Answers the next batch submissions, one answer per request (the last one for every later
   * request); without one, each order of a batch gets its {@link #answerSubmit} answer.
   */
  public synchronized ScriptedExchange answerBatch(
      Function<List<Order>, List<ExchangeOutcome>> answer) {
    batchAnswers.add(answer);
    return this;
  }

  /** From now on every query is answered by {@code answer} of the client id asked for. */
  public synchronized ScriptedExchange answerQueriesBy(Function<String, ExchangeOutcome> answer) {
    queryByClientId = answer;
    return this;
  }

  /** From now on every cancel is answered by {@code answer} of the client id named. */
  public synchronized ScriptedExchange answerCancelsBy(Function<String, ExchangeOutcome> answer) {
    cancelByClientId = answer;
    return this;
  }

  public ScriptedExchange answerAmend(ExchangeOutcome answer) {
    amendAnswers.add(answer);
    return this;
  }

  /** What {@link #openOrders()} answers from now on. */
  public synchronized ScriptedExchange openOnExchange(List<ExecutionReport> reports) {
    openOrders = List.copyOf(reports);
    return this;
  }

  /** {@link #openOrders()} answers only when {@code answer} completes (a slow exchange). */
  public synchronized ScriptedExchange holdOpenOrders(
      CompletableFuture<List<ExecutionReport>> answer) {
    heldOpenOrders = answer;
    return this;
  }

  public ScriptedExchange answerQuery(ExchangeOutcome answer) {
    queryAnswers.add(answer);
    return this;
  }

  public ScriptedExchange answerCancel(ExchangeOutcome answer) {
    cancelAnswers.add(answer);
    return this;
  }

  /**
   * Every request so far, as "submit CLIENT_ID", "query CLIENT_ID", "cancel CLIENT_ID",
   * "batch ID1,ID2", "cancel-batch SYMBOL ID1,ID2"…
   */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public synchronized CompletableFuture<ExchangeOutcome> submit(Order order) {
    requests.add("submit " + order.exchangeClientId());
    return CompletableFuture.completedFuture(next(submitAnswers).apply(order));
  }

  @Override
  public synchronized CompletableFuture<List<ExchangeOutcome>> submitBatch(List<Order> orders) {
    requests.add("batch " + String.join(",",
        orders.stream().map(Order::exchangeClientId).toList()));
    if (!batchAnswers.isEmpty()) {
      return CompletableFuture.completedFuture(next(batchAnswers).apply(orders));
    }
    List<ExchangeOutcome> outcomes = new ArrayList<>();
    orders.forEach(order -> outcomes.add(next(submitAnswers).apply(order)));
    return CompletableFuture.completedFuture(outcomes);
  }

  @Override
  public synchronized CompletableFuture<List<ExchangeOutcome>> cancelBatch(String symbol,
      List<String> clientIds) {
    requests.add("cancel-batch " + symbol + " " + String.join(",", clientIds));
    List<ExchangeOutcome> outcomes = new ArrayList<>();
    clientIds.forEach(id -> outcomes.add(cancelAnswer(id)));
    return CompletableFuture.completedFuture(outcomes);
  }

  @Override
  public synchronized CompletableFuture<ExchangeOutcome> cancel(String symbol, String clientId) {
    requests.add("cancel " + clientId);
    return CompletableFuture.completedFuture(cancelAnswer(clientId));
  }

  private ExchangeOutcome cancelAnswer(String clientId) {
    return cancelByClientId != null ? cancelByClientId.apply(clientId) : next(cancelAnswers);
  }

  @Override
  public synchronized CompletableFuture<ExchangeOutcome> query(String symbol, String clientId) {
    requests.add("query " + clientId);
    return CompletableFuture.completedFuture(queryByClientId != null
        ? queryByClientId.apply(clientId) : next(queryAnswers));
  }

  @Override
  public synchronized CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    requests.add("amend " + order.exchangeClientId() + " " + quantity.toPlainString() + "@"
        + price.toPlainString());
    return CompletableFuture.completedFuture(next(amendAnswers));
  }

  @Override
  public synchronized CompletableFuture<List<ExecutionReport>> openOrders() {
    requests.add("openOrders");
    return heldOpenOrders != null ? heldOpenOrders
        : CompletableFuture.completedFuture(List.copyOf(openOrders));
  }

  @Override
  public synchronized CompletableFuture<Boolean> armCancelCountdown(String symbol,
      Duration countdown) {
    requests.add("countdown " + symbol + " " + countdown.toMillis());
    return CompletableFuture.completedFuture(true);
  }

  @Override
  public synchronized CompletableFuture<Boolean> cancelAllOpenOrders(String symbol) {
    requests.add("cancel-all " + symbol);
    return CompletableFuture.completedFuture(cancelAllConfirmed);
  }

  /** What {@link #cancelAllOpenOrders} answers from now on (true at first). */
  public synchronized ScriptedExchange confirmCancelAll(boolean confirmed) {
    cancelAllConfirmed = confirmed;
    return this;
  }

  @Override
  public synchronized CompletableFuture<List<TradeFill>> orderTrades(String symbol,
      String exchangeOrderId) {
    requests.add("trades " + exchangeOrderId);
    return CompletableFuture.completedFuture(List.copyOf(trades));
  }

  /** What {@link #orderTrades} answers from now on. */
  public synchronized ScriptedExchange tradesOnExchange(List<TradeFill> fills) {
    trades = List.copyOf(fills);
    return this;
  }

  @Override
  public CompletableFuture<List<SymbolRules>> loadSymbolRules() {
    return CompletableFuture.completedFuture(rules);
  }

  @Override
  public synchronized CompletableFuture<List<ExchangePosition>> positions() {
    requests.add("positions");
    return CompletableFuture.completedFuture(List.of());
  }

  private static <T> T next(Deque<T> answers) {
    if (answers.isEmpty()) {
      throw new IllegalStateException("the test scripted no answer for this request");
    }
    return answers.size() == 1 ? answers.peek() : answers.poll();
  }
}
