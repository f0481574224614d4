package io.oes.cli.bench;

import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The second half of the floor: the same order sent by this process straight to the simulator
 * as a signed {@code POST /fapi/v1/order}, through the same Binance REST client the gateway uses
 * (signing, timestamp, HTTP/1.1 over loopback); resting orders are then cancelled with {@code
 * DELETE /fapi/v1/order} as the timed follow-up.
 */
final class DirectRestCall implements BenchCall {
  private static final String ORDER_PATH = "/fapi/v1/order";

  private final BinanceRestClient exchange;
  private final BenchOrders orders;
  private final long timeoutMs;

  DirectRestCall(BinanceRestClient exchange, BenchOrders orders, long timeoutMs) {
    this.exchange = exchange;
    this.orders = orders;
    this.timeoutMs = timeoutMs;
  }

  @Override
  public CallOutcome call(long sequence) {
    String failure = send(HttpVerb.POST, orders.restRequest(sequence));
    if (failure != null || !orders.cancelled()) {
      return new CallOutcome(failure, null);
    }
    return CallOutcome.succeededThen(() -> send(HttpVerb.DELETE, new RequestParams()
        .add("symbol", orders.symbol())
        .add("origClientOrderId", orders.clientOrderId(sequence))));
  }

  /** Null when the exchange answered 200, else {@code HTTP <status> <venue code>}. */
  private String send(HttpVerb verb, RequestParams params) {
    try {
      RestResponse answer = exchange.sendSigned(verb, ORDER_PATH, params)
          .get(timeoutMs, TimeUnit.MILLISECONDS);
      if (answer.status() == 200) {
        return null;
      }
      return "HTTP " + answer.status() + (answer.error() == null ? "" : " " + answer.error().code());
    } catch (ExecutionException e) {
      return e.getCause().getClass().getSimpleName();
    } catch (TimeoutException e) {
      return "TIMEOUT";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "INTERRUPTED";
    }
  }
}
