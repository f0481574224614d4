package io.oes.binance.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderReportsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "NEW, SUBMITTED",
      "PARTIALLY_FILLED, PARTIALLY_FILLED",
      "FILLED, FILLED",
      "CANCELED, CANCELED",
      "REJECTED, REJECTED",
      "EXPIRED, EXPIRED",
      "EXPIRED_IN_MATCH, EXPIRED"
  })
  void mapsEveryOrderStatus(String status, OrderState state) {
    assertThat(OrderStatuses.ofOrder(status)).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "NEW, SUBMITTED",
      "TRIGGERING, SUBMITTED",
      "TRIGGERED, SUBMITTED",
      "CANCELED, CANCELED",
      "REJECTED, REJECTED",
      "EXPIRED, EXPIRED"
  })
  void mapsAlgoStatuses(String algoStatus, OrderState state) {
    assertThat(OrderStatuses.ofAlgoOrder(algoStatus)).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      "EXPIRED, LIMIT, IOC, IOC remainder expired unfilled",
      "EXPIRED, LIMIT, FOK, FOK order could not fill completely",
      "EXPIRED, LIMIT, GTX, post-only order would have taken liquidity",
      "EXPIRED, MARKET, GTC, MARKET order remainder expired: no more liquidity within the price protection",
      "EXPIRED_IN_MATCH, LIMIT, GTC, expired by self-trade prevention"
  })
  void saysWhyAnOrderExpired(String status, String type, String tif, String reason) {
    assertThat(OrderStatuses.reasonFor(status, type, tif)).isEqualTo(reason);
  }

  @Test
  void readsAnOrderObjectExactly() {
    ExecutionReport report = OrderReports.fromOrder(WireJson.read("""
        {"orderId":283194212,"symbol":"BTCUSDT","status":"PARTIALLY_FILLED",
         "clientOrderId":"oes-abc","price":"42000.10","avgPrice":"42000.10000",
         "origQty":"0.010","executedQty":"0.004","cumQuote":"168.0004","timeInForce":"GTC",
         "type":"LIMIT","side":"BUY","updateTime":1772323200123}
        """), NOW);

    assertThat(report.exchangeOrderId()).isEqualTo("283194212");
    assertThat(report.exchangeClientId()).isEqualTo("oes-abc");
    assertThat(report.symbol()).isEqualTo("BTCUSDT");
    assertThat(report.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
    assertThat(report.executedQuantity()).isEqualByComparingTo("0.004");
    assertThat(report.averagePrice()).isEqualByComparingTo(new BigDecimal("42000.1"));
    assertThat(report.reason()).isNull();
    assertThat(report.updateTime()).isEqualTo(Instant.ofEpochMilli(1772323200123L));
  }

  @Test
  void anExpiredIocOrderCarriesItsReason() {
    ExecutionReport report = OrderReports.fromOrder(WireJson.read("""
        {"orderId":7,"symbol":"BTCUSDT","status":"EXPIRED","clientOrderId":"oes-ioc",
         "avgPrice":"0.00","executedQty":"0","timeInForce":"IOC","type":"LIMIT"}
        """), NOW);

    assertThat(report.state()).isEqualTo(OrderState.EXPIRED);
    assertThat(report.reason()).isEqualTo("IOC remainder expired unfilled");
    assertThat(report.averagePrice()).isZero();
    assertThat(report.updateTime()).isEqualTo(NOW);
  }

  @Test
  void aNewAlgoOrderIsSubmittedWithNothingFilled() {
    ExecutionReport report = OrderReports.fromAlgoOrder(WireJson.read("""
        {"algoId":2146760,"clientAlgoId":"oes-stop","algoType":"CONDITIONAL",
         "orderType":"STOP_MARKET","symbol":"BTCUSDT","side":"SELL","algoStatus":"NEW",
         "triggerPrice":"39000.00","quantity":"0.001","createTime":1772323200000,
         "updateTime":1772323200001}
        """), NOW);

    assertThat(report.exchangeOrderId()).isEqualTo("2146760");
    assertThat(report.exchangeClientId()).isEqualTo("oes-stop");
    assertThat(report.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(report.executedQuantity()).isZero();
    assertThat(report.updateTime()).isEqualTo(Instant.ofEpochMilli(1772323200001L));
  }
}
