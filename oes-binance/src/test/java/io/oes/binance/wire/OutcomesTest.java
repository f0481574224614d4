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

  @ParameterizedTest(name = "HTTP {0} code {1} \"{2}\" is {3}")
  @CsvSource(nullValues = "none", value = {
      "400, -4164, Order notional must be no smaller than 100, Rejected",
      "400, -4014, Price not increased by tick size., Rejected",
      "400, -1021, Timestamp for this request is outside of the recvWindow., Rejected",
      "401, -2015, Invalid API-key, Rejected",
      "400, -5022, Post Only order will be rejected, Rejected",
      "400, -2013, Order does not exist., NotFound",
      "400, -2011, Unknown order sent., NotFound",
      "503, none, 'Unknown error, please check your request or try again later.', Unknown",
      "503, -1001, Internal error; unable to process your request. Please try again., Unknown",
      "400, -1006, Unexpected response, Unknown",
      "408, -1007, Timeout waiting for response from backend server., Unknown",
      "500, none, Internal Server Error, Unknown",
      "502, none, Bad Gateway, Unknown",
      "503, none, Service Unavailable., NotSent",
      "503, -1008, Request throttled by system-level protection., NotSent",
      "429, -1003, Too many requests., NotSent",
      "429, -1015, Too many new orders., NotSent",
      "418, -1003, Way too many requests; IP banned., NotSent",
      "403, none, <html>WAF</html>, Rejected"
  })
  void classifiesEveryKindOfRefusal(int status, Integer code, String message, String outcome) {
    VenueError error = code == null ? null : new VenueError(code, message);
    String body = code == null ? message : "{\"code\":" + code + "}";

    ExchangeOutcome classified = Outcomes.ofRefusal(new RestResponse(status, body, error, -1));

    assertThat(classified.getClass().getSimpleName()).isEqualTo(outcome);
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
  @CsvSource({"timeout", "refused", "reset", "bug"})
  void everyFailureWithoutAnAnswerIsUnknown(String kind) {
    Throwable cause = switch (kind) {
      case "timeout" -> new HttpTimeoutException("request timed out");
      case "refused" -> new ConnectException("Connection refused");
      case "reset" -> new IOException("connection reset");
      default -> new IllegalStateException("unreadable JSON from the exchange");
    };

    ExchangeOutcome outcome = Outcomes.ofFailure(new CompletionException(cause));

    assertThat(outcome).isInstanceOf(ExchangeOutcome.Unknown.class);
    assertThat(((ExchangeOutcome.Unknown) outcome).reason()).contains(cause.getMessage());
  }
}
