package io.oes.sim.http;

import io.oes.sim.account.Account;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.ratelimit.RateLimits;
import io.oes.sim.ratelimit.RateVerdict;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.RejectionException;
import io.oes.sim.rejection.Rejections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's operations by WebSocket API method name ({@code order.place}, {@code account.status},
 * ...): each runs the very endpoint its REST twin runs, so parameters, validation, errors and
 * the weight and order counters are the same. A call is charged its weight on the caller's
 * address first (429 -1003 over the limit); its answer carries the counters as
 * {@code rateLimits}. Thread-safe.
 */
public final class WebSocketApi {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketApi.class);
  /** session.logon, session.status and session.logout each weigh 2. */
  private static final int SESSION_WEIGHT = 2;

  private final Map<String, Endpoint> methods;
  private final AccountResolver resolver;
  private final RateLimitLedger ledger;

  WebSocketApi(Map<String, Endpoint> methods, AccountResolver resolver, RateLimitLedger ledger) {
    this.methods = methods;
    this.resolver = resolver;
    this.ledger = ledger;
  }

  /**
   * One request.
   *
   * @param params the {@code params} object, every value as text
   * @param signedPayload what a signature in {@code params} covers
   * @param session the account the connection is logged on as, if any
   * @param ip the caller's address, whose request weight is charged
   */
  public record Call(String method, Map<String, String> params, String signedPayload,
      Optional<Account> session, String ip) {}

  /**
   * What to answer: {@code status} 200 with a result, or an HTTP-like status with Binance's
   * error; {@code rateLimits} as Binance lists them.
   */
  public record Answer(int status, Object result, Optional<Rejection> error,
      List<Map<String, Object>> rateLimits) {}

  public boolean knows(String method) {
    return methods.containsKey(method);
  }

  /** Runs an API method; {@link #knows} it must. */
  public Answer call(Call call) {
    Endpoint endpoint = methods.get(call.method());
    return serve(call, endpoint.weight()::applyAsInt, endpoint.handler()::handle);
  }

  /**
   * {@code session.logon}: a signed request whose key must be Ed25519; {@code onLoggedOn} is
   * given the account and returns the result.
   */
  public Answer logon(Call call, Function<Account, Object> onLoggedOn) {
    Call bySignature = new Call(call.method(), call.params(), call.signedPayload(),
        Optional.empty(), call.ip());
    return serve(bySignature, request -> SESSION_WEIGHT, request -> {
      Account account = resolver.signedAccount(request);
      if (!account.credentials().isEd25519()) {
        throw RequestParams.refuse(Rejections.hmacSessionNotSupported());
      }
      return onLoggedOn.apply(account);
    });
  }

  /** {@code session.status} or {@code session.logout}: nothing to check, only the weight. */
  public Answer session(Call call, Object result) {
    return serve(call, request -> SESSION_WEIGHT, request -> result);
  }

  private Answer serve(Call call, Function<ApiRequest, Integer> weight,
      Function<ApiRequest, Object> handler) {
    Map<String, String> counters = new HashMap<>();
    ApiRequest request = ApiRequest.ofWebSocket(RequestParams.of(call.params()),
        call.signedPayload(), call.session(), call.ip(), counters::put);
    try {
      RateVerdict verdict = ledger.chargeWeight(call.ip(), weight.apply(request));
      if (verdict instanceof RateVerdict.Refused refused) {
        throw RequestParams.refuse(refused.rejection());
      }
      Object result = handler.apply(request);
      return new Answer(200, result, Optional.empty(), rateLimits(call.ip(), counters));
    } catch (RejectionException e) {
      return refused(call, e.rejection(), counters);
    } catch (RuntimeException e) {
      LOG.error("WebSocket API request {} failed", call.method(), e);
      return refused(call, new Rejection(500, -1000,
          "An unknown error occurred while processing the request."), counters);
    }
  }

  private Answer refused(Call call, Rejection rejection, Map<String, String> counters) {
    return new Answer(rejection.httpStatus(), null, Optional.of(rejection),
        rateLimits(call.ip(), counters));
  }

  /** REQUEST_WEIGHT always; the ORDERS counters when the call was charged to them. */
  private List<Map<String, Object>> rateLimits(String ip, Map<String, String> counters) {
    RateLimits limits = ledger.limits();
    List<Map<String, Object>> entries = new ArrayList<>();
    entries.add(entry("REQUEST_WEIGHT", "MINUTE", 1, limits.requestWeightPerMinute(),
        ledger.usedWeight(ip)));
    Optional.ofNullable(counters.get("X-MBX-ORDER-COUNT-10S")).ifPresent(count -> entries.add(
        entry("ORDERS", "SECOND", 10, limits.ordersPer10Seconds(), Long.parseLong(count))));
    Optional.ofNullable(counters.get("X-MBX-ORDER-COUNT-1M")).ifPresent(count -> entries.add(
        entry("ORDERS", "MINUTE", 1, limits.ordersPerMinute(), Long.parseLong(count))));
    return entries;
  }

  private static Map<String, Object> entry(String type, String interval, int intervalNum,
      long limit, long count) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rateLimitType", type);
    json.put("interval", interval);
    json.put("intervalNum", intervalNum);
    json.put("limit", limit);
    json.put("count", count);
    return json;
  }
}
