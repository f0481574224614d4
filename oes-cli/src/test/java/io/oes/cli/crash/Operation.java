package io.oes.cli.crash;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/**
 * One call of a round — a create (resting or filling), an amend or a cancel — with when it
 * starts within the round and, once run, how it was answered.
 */
final class Operation {
  /** What the call does; the kinds a kill is aimed at in turn. */
  enum Kind { CREATE, FILL, AMEND, CANCEL }

  /** How long a call is sent again before it counts as never answered. */
  static final long BUDGET_MS = 120_000;

  final Kind kind;
  final Intent intent;
  final BigDecimal newPrice;
  final long delayMs;
  /** Completes just before the first attempt leaves. */
  final CompletableFuture<Void> sent = new CompletableFuture<>();
  private volatile Answer<?> answer;

  Operation(Kind kind, Intent intent, BigDecimal newPrice, long delayMs) {
    this.kind = kind;
    this.intent = intent;
    this.newPrice = newPrice;
    this.delayMs = delayMs;
  }

  /** Sends the call until answered; on the calling thread. */
  void run(RetryingClient client) {
    ChildProcesses.pause(delayMs);
    sent.complete(null);
    answer = switch (kind) {
      case CREATE, FILL -> {
        var created = client.untilAnswered(stub -> stub.createOrder(intent.request()), BUDGET_MS);
        intent.answered(created);
        yield created;
      }
      case AMEND -> client.untilAnswered(stub -> stub.amendOrder(intent.amend(newPrice)),
          BUDGET_MS);
      case CANCEL -> client.untilAnswered(stub -> stub.cancelOrder(intent.cancel()), BUDGET_MS);
    };
  }

  /** Null until run. */
  Answer<?> answer() {
    return answer;
  }

  boolean finished() {
    return answer != null;
  }

  @Override
  public String toString() {
    return kind + (kind == Kind.AMEND ? " to " + newPrice.toPlainString() : "") + " of " + intent
        + (answer == null ? "" : ": " + answer);
  }
}
