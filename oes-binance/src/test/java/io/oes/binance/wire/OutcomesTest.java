package io.oes.binance.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.binance.rest.RestResponse;
import io.oes.binance.rest.VenueError;
import io.oes.core.port.ExchangeOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomesTest {

  @ParameterizedTest(name = "HTTP {0} code {1} \"{2}\" is {3}, counted as {4}")
  @CsvSource(nullValues = "none", value = {
      "400, -4164, Order notional must be no smaller than 100, Rejected, -4164",
      "400, -4014, Price not increased by tick size., Rejected, -4014",
      "400, -1021, Timestamp for this request is outside of the recvWindow., Rejected, -1021",
      "401, -2015, Invalid API-key, Rejected, -2015",
      "400, -5022, Post Only order will be rejected, Rejected, -5022",
      "400, -2013, Order does not exist., NotFound, not_found",
      "400, -2011, Unknown order sent., NotFound, not_found",
      "503, none, 'Unknown error, please check your request or try again later.', Unknown, 503",
      "503, -1001, Internal error; unable to process your request. Please try again., Unknown, -1001",
      "400, -1006, Unexpected response, Unknown, -1006",
      "408, -1007, Timeout waiting for response from backend server., Unknown, -1007",
      "500, none, Internal Server Error, Unknown, 500",
      "502, none, Bad Gateway, Unknown, 502",
      "503, none, Service Unavailable., NotSent, 503",
      "503, -1008, Request throttled by system-level protection., NotSent, -1008",
      "429, -1003, Too many requests., NotSent, 429",
      "429, -1015, Too many new orders., NotSent, 429",
      "418, -1003, Way too many requests; IP banned., NotSent, 418",
      "403, none, <html>WAF</html>, Rejected, 0"
  })
  void classifiesEveryKindOfRefusal(int status, Integer code, String message, String outcome,
      String metricCode) {
    VenueError error = code == null ? null : new VenueError(code, message);
    String body = code == null ? message : "{\"code\":" + code + "}";

    ExchangeOutcome classified = Outcomes.ofRefusal(new RestResponse(status, body, error, -1));

    assertThat(classified.getClass().getSimpleName()).isEqualTo(outcome);
    assertThat(codeOf(classified)).isEqualTo(metricCode);
  }

  /** The code an operator's metrics count the outcome under. */
  private static String codeOf(ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Rejected rejected -> Integer.toString(rejected.venueCode());
      case ExchangeOutcome.NotFound notFound -> "not_found";
      case ExchangeOutcome.Unknown unknown -> unknown.code();
      case ExchangeOutcome.NotSent notSent -> notSent.code();
      case ExchangeOutcome.Accepted accepted -> "none";
    };
  }

  @Test
  void aRejectionKeepsTheVenueCodeAndMessage() {
    ExchangeOutcome outcome = Outcomes.ofRefusal(new RestResponse(400, "",
        new VenueError(-4014, "Price not increased by tick size."), -1));

    assertThat(outcome).isEqualTo(
        new ExchangeOutcome.Rejected(-4014, "Price not increased by tick size."));
  }

  @Test
  void aRateLimitSaysWhenToRetry() {
    ExchangeOutcome outcome = Outcomes.ofRefusal(new RestResponse(429, "",
        new VenueError(-1003, "Too many requests."), 7));

    assertThat(((ExchangeOutcome.NotSent) outcome).reason())
        .contains("-1003").contains("retry after 7 s");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"timeout, timeout", "refused, io", "reset, io", "bug, unknown"})
  void everyFailureWithoutAnAnswerIsUnknown(String kind, String metricCode) {
    Throwable cause = switch (kind) {
      case "timeout" -> new HttpTimeoutException("request timed out");
      case "refused" -> new ConnectException("Connection refused");
      case "reset" -> new IOException("connection reset");
      default -> new IllegalStateException("unreadable JSON from the exchange");
    };

    ExchangeOutcome outcome = Outcomes.ofFailure(new CompletionException(cause));

    assertThat(outcome).isInstanceOf(ExchangeOutcome.Unknown.class);
    assertThat(((ExchangeOutcome.Unknown) outcome).reason()).contains(cause.getMessage());
    assertThat(((ExchangeOutcome.Unknown) outcome).code()).isEqualTo(metricCode);
  }
}
