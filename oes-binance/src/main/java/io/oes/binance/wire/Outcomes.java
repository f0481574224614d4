package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.rest.VenueCodes;
import io.oes.binance.rest.VenueError;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Turns an exchange answer, or the lack of one, into an {@link ExchangeOutcome}.
 *
 * <p>The line between {@code NotSent} and {@code Unknown} is the line between "certainly not
 * executed" and "maybe executed": {@code NotSent} only for rate limits (429/418), {@code -1008}
 * and 503 "Service Unavailable.", which Binance documents as failed; every other 5xx, {@code
 * -1000/-1001/-1006/-1007}, a timeout or a broken connection is {@code Unknown}, because a new
 * order may have reached the matching engine.
 */
public final class Outcomes {
  private static final int MAX_BODY_CHARS = 200;

  private Outcomes() {}

  /** The outcome of an answer; a 200 is read by {@code reader} into the order's report. */
  public static ExchangeOutcome of(
      RestResponse response, Function<JsonNode, ExecutionReport> reader) {
    if (response.status() == 200) {
      return new ExchangeOutcome.Accepted(reader.apply(WireJson.read(response.body())));
    }
    return ofRefusal(response);
  }

  /**
   * The outcomes of a batch request of {@code count} entries ({@code /fapi/v1/batchOrders}),
   * one per entry, in order. A 200 answer lists one entry per request entry: an order, read by
   * {@code reader}, or a {@code {code,msg}} refusal of that entry alone, which means for it
   * what the same code would mean for a single request. Any other answer is the whole
   * request's, the same for every entry; so is a 200 whose list cannot be matched to the
   * entries (not a list, or of another length): Unknown, since the entries may have executed.
   */
  public static List<ExchangeOutcome> ofBatch(RestResponse response, int count,
      Function<JsonNode, ExecutionReport> reader) {
    if (response.status() != 200) {
      return nCopies(count, ofRefusal(response));
    }
    JsonNode entries;
    try {
      entries = WireJson.read(response.body());
    } catch (RuntimeException e) {
      return nCopies(count, unknown(response));
    }
    if (!entries.isArray() || entries.size() != count) {
      return nCopies(count, new ExchangeOutcome.Unknown("execution status unknown, the "
          + "exchange answered " + (entries.isArray() ? entries.size() + " entries" : "no list")
          + " for " + count + " orders: " + describe(response)));
    }
    List<ExchangeOutcome> outcomes = new ArrayList<>(count);
    for (JsonNode entry : entries) {
      outcomes.add(ofBatchEntry(entry, reader));
    }
    return outcomes;
  }

  /** The outcome of every entry of a batch request that got no usable answer. */
  public static List<ExchangeOutcome> ofBatchFailure(Throwable failure, int count) {
    return nCopies(count, ofFailure(failure));
  }

  private static ExchangeOutcome ofBatchEntry(JsonNode entry,
      Function<JsonNode, ExecutionReport> reader) {
    JsonNode code = entry.get("code");
    if (code != null && code.canConvertToInt() && !entry.has("orderId")) {
      VenueError error = new VenueError(code.asInt(), entry.path("msg").asText(""));
      return switch (error.code()) {
        case VenueCodes.THROTTLED -> new ExchangeOutcome.NotSent(
            "throttled, code " + error.code() + ": " + error.message(),
            Integer.toString(error.code()));
        case VenueCodes.NO_SUCH_ORDER, VenueCodes.CANCEL_REJECTED ->
            new ExchangeOutcome.NotFound(error.message());
        case VenueCodes.UNKNOWN, VenueCodes.DISCONNECTED, VenueCodes.UNEXPECTED_RESPONSE,
            VenueCodes.TIMEOUT -> new ExchangeOutcome.Unknown(
            "execution status unknown, code " + error.code() + ": " + error.message(),
            Integer.toString(error.code()));
        default -> new ExchangeOutcome.Rejected(error.code(), error.message());
      };
    }
    try {
      return new ExchangeOutcome.Accepted(reader.apply(entry));
    } catch (RuntimeException e) {
      String text = entry.toString();
      return new ExchangeOutcome.Unknown("unreadable batch entry (" + e.getMessage() + "): "
          + text.substring(0, Math.min(text.length(), MAX_BODY_CHARS)));
    }
  }

  private static List<ExchangeOutcome> nCopies(int count, ExchangeOutcome outcome) {
    return Collections.nCopies(count, outcome);
  }

  /** The outcome of a non-200 answer. */
  public static ExchangeOutcome ofRefusal(RestResponse response) {
    int status = response.status();
    VenueError error = response.error();
    if (status == 429 || status == 418) {
      return new ExchangeOutcome.NotSent("rate limited, " + describe(response)
          + retryAfter(response), Integer.toString(status));
    }
    if (error != null) {
      switch (error.code()) {
        case VenueCodes.THROTTLED:
          return new ExchangeOutcome.NotSent("throttled, " + describe(response),
              Integer.toString(error.code()));
        case VenueCodes.NO_SUCH_ORDER, VenueCodes.CANCEL_REJECTED:
          return new ExchangeOutcome.NotFound(error.message());
        case VenueCodes.UNKNOWN, VenueCodes.DISCONNECTED, VenueCodes.UNEXPECTED_RESPONSE,
            VenueCodes.TIMEOUT:
          return unknown(response);
        default:
          break;
      }
    }
    if (status == 503 && messageOf(response).contains("Service Unavailable")) {
      return new ExchangeOutcome.NotSent("exchange unavailable, " + describe(response),
          Integer.toString(status));
    }
    if (status >= 500 || status == 408) {
      return unknown(response);
    }
    if (status >= 400) {
      return error != null
          ? new ExchangeOutcome.Rejected(error.code(), error.message())
          : new ExchangeOutcome.Rejected(0, describe(response));
    }
    return unknown(response);
  }

  /** The outcome when no usable answer arrived: always {@code Unknown}, with the cause. */
  public static ExchangeOutcome ofFailure(Throwable failure) {
    Throwable cause = unwrap(failure);
    String detail = cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    if (cause instanceof HttpTimeoutException) {
      return new ExchangeOutcome.Unknown("no answer within the request timeout (" + detail + ")",
          "timeout");
    }
    if (cause instanceof ConnectException) {
      return new ExchangeOutcome.Unknown("connection failed (" + detail + ")", "io");
    }
    if (cause instanceof IOException) {
      return new ExchangeOutcome.Unknown("connection lost (" + detail + ")", "io");
    }
    return new ExchangeOutcome.Unknown("unreadable answer (" + detail + ")");
  }

  private static ExchangeOutcome unknown(RestResponse response) {
    VenueError error = response.error();
    return new ExchangeOutcome.Unknown("execution status unknown, " + describe(response),
        Integer.toString(error != null ? error.code() : response.status()));
  }

  private static String describe(RestResponse response) {
    VenueError error = response.error();
    if (error != null) {
      return "HTTP " + response.status() + " code " + error.code() + ": " + error.message();
    }
    String body = response.body() == null ? "" : response.body().strip();
    return "HTTP " + response.status()
        + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(body.length(), MAX_BODY_CHARS)));
  }

  private static String messageOf(RestResponse response) {
    if (response.error() != null) {
      return response.error().message();
    }
    return response.body() == null ? "" : response.body();
  }

  private static String retryAfter(RestResponse response) {
    return response.retryAfterSeconds() < 0
        ? "" : "; retry after " + response.retryAfterSeconds() + " s";
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
