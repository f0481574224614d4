package io.oes.sim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.oes.sim.fault.FaultInjector;
import io.oes.sim.fault.FaultInjector.AfterExecution;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.ratelimit.RateVerdict;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.RejectionException;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Binance USD-M REST surface on Javalin. Every request first waits out the injected latency,
 * may fail with an injected 503 before it is executed, is charged its weight (refused with 429 or
 * 418 over the limit, with {@code Retry-After}) and then handled; the answer of an order-entry
 * request may, by injected fault, be replaced after execution by a 503 "Unknown error" or never
 * come. {@code X-MBX-USED-WEIGHT-1M} is on every answer, refusals included.
 */
public final class RestApi {
  private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
  private static final String JSON = "application/json";

  private final ObjectMapper mapper = new ObjectMapper();
  private final RateLimitLedger ledger;
  private final FaultInjector faults;
  private final UnansweredRequests unanswered;

  /** Whether injected after-execution faults may hit an endpoint. */
  enum Kind {
    QUERY,
    ORDER_ENTRY
  }

  /** One endpoint's handling of a parsed request; its result becomes the JSON body. */
  @FunctionalInterface
  interface ApiHandler {
    Object handle(ApiRequest request);
  }

  public RestApi(RateLimitLedger ledger, FaultInjector faults, UnansweredRequests unanswered) {
    this.ledger = ledger;
    this.faults = faults;
    this.unanswered = unanswered;
  }

  void route(Javalin app, HandlerType method, String path, ToIntFunction<ApiRequest> weight,
      Kind kind, ApiHandler handler) {
    app.addHttpHandler(method, path, context -> serve(context, weight, kind, handler));
  }

  void route(Javalin app, HandlerType method, String path, Endpoint endpoint) {
    route(app, method, path, endpoint.weight(), endpoint.kind(), endpoint.handler());
  }

  private void serve(Context context, ToIntFunction<ApiRequest> weight, Kind kind,
      ApiHandler handler) throws JsonProcessingException, InterruptedException {
    Thread.sleep(faults.nextDelay());
    try {
      ApiRequest request = ApiRequest.of(context);
      RateVerdict verdict = ledger.chargeWeight(request.ip(), weight.applyAsInt(request));
      context.header("X-MBX-USED-WEIGHT-1M", String.valueOf(ledger.usedWeight(request.ip())));
      if (verdict instanceof RateVerdict.Refused refused) {
        context.header("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        throw RequestParams.refuse(refused.rejection());
      }
      if (faults.nextFailsBeforeExecution()) {
        write(context, 503, Map.of("code", -1001, "msg", "Service Unavailable."));
        return;
      }
      Object body = handler.handle(request);
      AfterExecution after = kind == Kind.ORDER_ENTRY ? faults.nextAfterExecution()
          : AfterExecution.ANSWER;
      switch (after) {
        case ANSWER -> write(context, 200, body);
        case ANSWER_UNKNOWN_ERROR_503 -> write(context, 503, Map.of("code", -1000,
            "msg", "Unknown error, please check your request or try again later."));
        case NEVER_ANSWER -> unanswered.hang(context);
      }
    } catch (RejectionException e) {
      Rejection rejection = e.rejection();
      write(context, rejection.httpStatus(),
          Map.of("code", rejection.code(), "msg", rejection.message()));
    } catch (RuntimeException e) {
      LOG.error("Request {} {} failed", context.method(), context.path(), e);
      write(context, 500,
          Map.of("code", -1000, "msg", "An unknown error occurred while processing the request."));
    }
  }

  private void write(Context context, int status, Object body) throws JsonProcessingException {
    context.status(status).contentType(JSON).result(mapper.writeValueAsBytes(body));
  }

  static ToIntFunction<ApiRequest> fixed(int weight) {
    return request -> weight;
  }

  /** Weight {@code withSymbol} when the request names a symbol, else {@code withoutSymbol}. */
  static ToIntFunction<ApiRequest> bySymbol(int withSymbol, int withoutSymbol) {
    return request -> request.params().optional("symbol").isPresent() ? withSymbol
        : withoutSymbol;
  }
}
