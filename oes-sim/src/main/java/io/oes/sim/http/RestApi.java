package io.oes.sim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.oes.sim.auth.RequestAuthenticator;
import io.oes.sim.matching.Exchange;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.RejectionException;
import io.oes.sim.rules.SymbolCatalog;
import java.time.InstantSource;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Binance USD-M REST surface on Javalin. Every endpoint is registered with its request
 * weight, charged to the caller's IP before the handler runs, so {@code X-MBX-USED-WEIGHT-1M} is
 * on every answer, refusals included.
 */
public final class RestApi {
  private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
  private static final String JSON = "application/json";

  private final ObjectMapper mapper = new ObjectMapper();
  private final RateLimitLedger ledger;
  private final MarketDataHandlers marketData;
  private final OrderHandlers orders;

  public RestApi(SymbolCatalog catalog, Exchange exchange, RequestAuthenticator authenticator,
      RateLimitLedger ledger, InstantSource clock) {
    this.ledger = ledger;
    AccountResolver resolver = new AccountResolver(authenticator, exchange);
    this.marketData = new MarketDataHandlers(catalog, exchange, resolver, clock);
    this.orders = new OrderHandlers(resolver, exchange, ledger);
  }

  /** Registers every endpoint on {@code app}. */
  public void registerOn(Javalin app) {
    route(app, HandlerType.GET, "/fapi/v1/ping", fixed(1), marketData::ping);
    route(app, HandlerType.GET, "/fapi/v1/time", fixed(1), marketData::time);
    route(app, HandlerType.GET, "/fapi/v1/exchangeInfo", fixed(1), marketData::exchangeInfo);
    route(app, HandlerType.GET, "/fapi/v1/depth", MarketDataHandlers::depthWeight,
        marketData::depth);
    route(app, HandlerType.GET, "/fapi/v1/premiumIndex", MarketDataHandlers::premiumIndexWeight,
        marketData::premiumIndex);
    route(app, HandlerType.POST, "/fapi/v1/order", fixed(0), orders::place);
    route(app, HandlerType.GET, "/fapi/v1/order", fixed(1), orders::query);
    route(app, HandlerType.DELETE, "/fapi/v1/order", fixed(1), orders::cancel);
    route(app, HandlerType.GET, "/fapi/v1/openOrders", OrderHandlers::openOrdersWeight,
        orders::openOrders);
  }

  @FunctionalInterface
  private interface ApiHandler {
    Object handle(ApiRequest request);
  }

  private void route(Javalin app, HandlerType method, String path,
      ToIntFunction<ApiRequest> weight, ApiHandler handler) {
    app.addHttpHandler(method, path, context -> serve(context, weight, handler));
  }

  private void serve(Context context, ToIntFunction<ApiRequest> weight, ApiHandler handler)
      throws JsonProcessingException {
    try {
      ApiRequest request = ApiRequest.of(context);
      long used = ledger.chargeWeight(request.ip(), weight.applyAsInt(request));
      context.header("X-MBX-USED-WEIGHT-1M", String.valueOf(used));
      write(context, 200, handler.handle(request));
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

  private static ToIntFunction<ApiRequest> fixed(int weight) {
    return request -> weight;
  }
}
