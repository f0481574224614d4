package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.ratelimit.RateLimitLedger.OrderCount;
import io.oes.sim.ratelimit.RateVerdict;

/**
 * Charges order placements to the account's order counters: refuses with 429 -1015 and
 * {@code Retry-After} over a limit, else adds the {@code X-MBX-ORDER-COUNT-*} headers.
 */
final class OrderCounter {
  private final RateLimitLedger ledger;

  OrderCounter(RateLimitLedger ledger) {
    this.ledger = ledger;
  }

  void charge(ApiRequest request, long accountId, int tenSecondCost, int minuteCost) {
    RateVerdict verdict = ledger.countOrders(accountId, request.ip(), tenSecondCost, minuteCost);
    if (verdict instanceof RateVerdict.Refused refused) {
      request.header("Retry-After", String.valueOf(refused.retryAfterSeconds()));
      throw refuse(refused.rejection());
    }
    OrderCount count = ledger.orderCount(accountId);
    request.header("X-MBX-ORDER-COUNT-10S", String.valueOf(count.last10Seconds()));
    request.header("X-MBX-ORDER-COUNT-1M", String.valueOf(count.lastMinute()));
  }
}
