package io.oes.cli.order;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.BatchItemError;
import io.oes.cli.client.CallFailureHandler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine;

/**
 * Sends the items of a batch file, {@link #MAX_PER_CALL} to a call, and collects one result per
 * item in the file's order: the gateway's, or, for an item the file gets wrong, its refusal
 * here (INVALID_ARGUMENT, not sent). A call that fails leaves its items and the later ones
 * unanswered, each result saying so; nothing after it is sent.
 *
 * @param <Q> the request of one item
 * @param <R> the result of one item
 */
final class BatchRun<Q, R> {
  /** The most items the gateway takes in one call. */
  static final int MAX_PER_CALL = 100;

  private final List<BatchItems.Prepared<Q>> items;
  private final BiFunction<Integer, BatchItemError, R> refusal;
  private final ToIntFunction<R> indexOf;
  private final BiFunction<R, Integer, R> withIndex;
  private final List<R> results;

  /**
   * @param refusal a result of an item at an index refused with an error
   * @param indexOf the index a result of the gateway names, within its call
   * @param withIndex the result with its index in the file instead
   */
  BatchRun(List<BatchItems.Prepared<Q>> items, BiFunction<Integer, BatchItemError, R> refusal,
      ToIntFunction<R> indexOf, BiFunction<R, Integer, R> withIndex) {
    this.items = items;
    this.refusal = refusal;
    this.indexOf = indexOf;
    this.withIndex = withIndex;
    this.results = new ArrayList<>(Collections.nCopies(items.size(), null));
  }

  /** The items of {@code file}, or a usage error saying why the file cannot be read so. */
  static List<BatchFile.Item> read(CommandLine.Model.CommandSpec spec, Path file,
      BatchFile.Format format, Set<String> fields, String fieldList) {
    try {
      return BatchFile.read(file, format, fields, fieldList);
    } catch (BatchFile.Unusable unusable) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--file " + file + " " + unusable.getMessage());
    }
  }

  /**
   * Sends every item that can be sent with {@code call}, in calls of at most {@link
   * #MAX_PER_CALL}; answers the failure that stopped it, or null.
   */
  StatusRuntimeException send(Function<List<Q>, List<R>> call) {
    List<Integer> toSend = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      BatchItems.Prepared<Q> item = items.get(i);
      if (item.problem() != null) {
        results.set(i, refusal.apply(i, error(Status.Code.INVALID_ARGUMENT, "validation failed: "
            + item.item().where() + ": " + item.problem() + " (not sent)")));
      } else {
        toSend.add(i);
      }
    }
    for (int from = 0; from < toSend.size(); from += MAX_PER_CALL) {
      List<Integer> chunk = toSend.subList(from, Math.min(toSend.size(), from + MAX_PER_CALL));
      List<R> answered;
      try {
        answered = call.apply(chunk.stream().map(i -> items.get(i).request()).toList());
      } catch (StatusRuntimeException failed) {
        for (int i : toSend.subList(from, toSend.size())) {
          results.set(i, refusal.apply(i, error(failed.getStatus().getCode(),
              "not answered: the call failed: " + failed.getStatus().getDescription())));
        }
        return failed;
      }
      for (R result : answered) {
        int index = chunk.get(indexOf.applyAsInt(result));
        results.set(index, withIndex.apply(result, index));
      }
    }
    return null;
  }

  /** One result per item, in the file's order. */
  List<R> results() {
    return List.copyOf(results);
  }

  /**
   * 0 when every item went through; else 1, after a line on standard error saying how many did
   * not (or the call's failure).
   */
  static int exitCode(CommandLine.Model.CommandSpec spec, StatusRuntimeException failure,
      long notDone, int count, String done) {
    PrintWriter err = spec.commandLine().getErr();
    String who = spec.qualifiedName();
    if (failure != null) {
      err.println(who + ": " + failure.getStatus().getCode() + ": "
          + failure.getStatus().getDescription());
    } else if (notDone > 0) {
      err.println(who + ": " + notDone + " of " + count + " items not " + done);
    }
    err.flush();
    return failure != null || notDone > 0 ? CallFailureHandler.CALL_FAILED : 0;
  }

  private static BatchItemError error(Status.Code code, String message) {
    return BatchItemError.newBuilder().setCode(code.name())
        .setMessage(message == null ? "" : message).build();
  }
}
