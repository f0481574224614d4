package io.oes.server.grpc;

import com.google.protobuf.Message;
import io.grpc.Status;
import io.oes.api.BatchItemError;
import io.oes.core.order.Order;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.server.security.CallRefused;
import io.oes.server.security.InputLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape shared by BatchCreateOrders and BatchCancelOrders: every item is taken as the
 * single call would take it and answers on its own, in the order of the request. An item the
 * edge refuses (a field limit, another user's id, a value the core cannot express, an order not
 * found) answers that refusal; the others go to the engine together; each engine result, or a
 * failure of its own, becomes its item's answer. Nothing an item holds refuses the whole call;
 * only the number of items does.
 */
final class BatchCalls {
  /** The most items one batch call takes (the gateway's limit on any repeated field). */
  static final int MAX_ITEMS = InputLimits.MAX_ENTRIES;

  private BatchCalls() {}

  /** Why a batch of {@code count} items is refused whole, naming the field and the limit. */
  static Optional<Refusal> sizeProblem(int count) {
    if (count == 0) {
      return Optional.of(Refusal.invalid("orders is empty: a batch takes 1 to " + MAX_ITEMS
          + " items"));
    }
    if (count > MAX_ITEMS) {
      return Optional.of(Refusal.invalid("orders has " + count + " items, more than the limit "
          + "of " + MAX_ITEMS + " per call"));
    }
    return Optional.empty();
  }

  /** What one item came to. */
  sealed interface Outcome {
    record Done(Order order) implements Outcome {}

    record Failed(BatchItemError error) implements Outcome {}
  }

  /** The items of one call: each refused at the edge, or admitted to go to the engine. */
  static final class Items<T> {
    private final List<BatchItemError> refused;
    private final List<Integer> admittedIndexes = new ArrayList<>();
    private final List<T> admitted = new ArrayList<>();

    Items(int count) {
      this.refused = new ArrayList<>(Collections.nCopies(count, null));
    }

    /**
     * Checks item {@code index} ({@code raw} as sent) against the field limits, then {@code
     * decode}s it: a refusal, or a {@link CallRefused} (e.g. another user's id), refuses the
     * item alone.
     */
    void admitOrRefuse(int index, Supplier<Result<T>> decode, Message raw) {
      Optional<String> limit = InputLimits.problem(raw);
      if (limit.isPresent()) {
        refused.set(index, error(Status.Code.INVALID_ARGUMENT, limit.get()));
        return;
      }
      Result<T> decoded;
      try {
        decoded = decode.get();
      } catch (CallRefused refusal) {
        refused.set(index, error(refusal.getStatus().getCode(),
            refusal.getStatus().getDescription()));
        return;
      }
      switch (decoded) {
        case Result.Refused<T> no -> refused.set(index, error(no.refusal()));
        case Result.Done<T> yes -> {
          admittedIndexes.add(index);
          admitted.add(yes.value());
        }
      }
    }
  }

  /**
   * Sends the admitted items to {@code engine} as one batch and answers every item's outcome,
   * in order; {@code onRefused} sees each refusal of the engine's. Completes normally.
   */
  static <T> CompletableFuture<List<Outcome>> answer(Items<T> items,
      Function<List<T>, List<CompletableFuture<Result<Order>>>> engine,
      Consumer<Refusal> onRefused) {
    int count = items.refused.size();
    List<CompletableFuture<Outcome>> outcomes =
        new ArrayList<>(Collections.nCopies(count, null));
    for (int i = 0; i < count; i++) {
      if (items.refused.get(i) != null) {
        outcomes.set(i, CompletableFuture.completedFuture(
            new Outcome.Failed(items.refused.get(i))));
      }
    }
    if (!items.admitted.isEmpty()) {
      List<CompletableFuture<Result<Order>>> results;
      try {
        results = engine.apply(items.admitted);
      } catch (RuntimeException e) {
        results = Collections.nCopies(items.admitted.size(), CompletableFuture.failedFuture(e));
      }
      for (int i = 0; i < items.admittedIndexes.size(); i++) {
        outcomes.set(items.admittedIndexes.get(i),
            results.get(i).handle((result, error) -> outcomeOf(result, error, onRefused)));
      }
    }
    return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
        .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList());
  }

  private static Outcome outcomeOf(Result<Order> result, Throwable error,
      Consumer<Refusal> onRefused) {
    if (error != null) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      return new Outcome.Failed(error(Status.Code.INTERNAL,
          "order handling failed: " + cause.getMessage()));
    }
    return switch (result) {
      case Result.Done<Order> done -> new Outcome.Done(done.value());
      case Result.Refused<Order> refused -> {
        onRefused.accept(refused.refusal());
        yield new Outcome.Failed(error(refused.refusal()));
      }
    };
  }

  private static BatchItemError error(Refusal refusal) {
    return error(RefusalStatus.of(refusal).getStatus().getCode(), refusal.message());
  }

  private static BatchItemError error(Status.Code code, String message) {
    return BatchItemError.newBuilder().setCode(code.name())
        .setMessage(message == null ? "" : message).build();
  }
}
