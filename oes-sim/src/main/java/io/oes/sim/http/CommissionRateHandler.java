package io.oes.sim.http;

import io.oes.sim.matching.FeeSchedule;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /fapi/v1/commissionRate}: the simulator's one fee schedule, for any symbol. */
final class CommissionRateHandler {
  private final AccountResolver resolver;
  private final FeeSchedule fees;

  CommissionRateHandler(AccountResolver resolver, FeeSchedule fees) {
    this.resolver = resolver;
    this.fees = fees;
  }

  Object commissionRate(ApiRequest request) {
    resolver.signedAccount(request);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", resolver.engine(request).rules().symbol());
    json.put("makerCommissionRate", fees.makerRate().stripTrailingZeros().toPlainString());
    json.put("takerCommissionRate", fees.takerRate().stripTrailingZeros().toPlainString());
    return json;
  }
}
