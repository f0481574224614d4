package io.oes.binance.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import org.junit.jupiter.api.Test;

class OrderRequestsTest {

  @Test
  void limitOrderCarriesPriceTimeInForceAndClientIdAndAsksForTheResult() {
    String params = OrderRequests.newOrder(
        TestOrders.limit("oes-1", Side.BUY, "0.010", "42000.10", TimeInForce.IOC)).encoded();

    assertThat(params).isEqualTo("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC"
        + "&price=42000.1&quantity=0.01&newClientOrderId=oes-1&newOrderRespType=RESULT");
  }

  @Test
  void postOnlyBecomesLimitWithGtx() {
    String params = OrderRequests.newOrder(TestOrders.postOnly("oes-2", "1", "100")).encoded();

    assertThat(params).contains("type=LIMIT&timeInForce=GTX&price=100");
  }

  @Test
  void marketOrderHasNeitherPriceNorTimeInForce() {
    String params = OrderRequests.newOrder(
        TestOrders.market("oes-3", Side.SELL, "0.5", false)).encoded();

    assertThat(params).isEqualTo("symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.5"
        + "&newClientOrderId=oes-3&newOrderRespType=RESULT");
  }

  @Test
  void reduceOnlyIsSentAsTheStringTrueOnlyWhenSet() {
    assertThat(OrderRequests.newOrder(TestOrders.market("oes-4", Side.SELL, "1", true)).encoded())
        .endsWith("&reduceOnly=true");
    assertThat(OrderRequests.newOrder(TestOrders.market("oes-5", Side.SELL, "1", false)).encoded())
        .doesNotContain("reduceOnly");
  }

  @Test
  void stopMarketGoesToTheAlgoEndpointWithTriggerPriceAndClientAlgoId() {
    String params = OrderRequests.newAlgoOrder(
        TestOrders.stopMarket("oes-6", Side.SELL, "0.001", "39000.0")).encoded();

    assertThat(params).isEqualTo("algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL"
        + "&type=STOP_MARKET&quantity=0.001&triggerPrice=39000&clientAlgoId=oes-6");
  }

  @Test
  void stopLimitIsSentAsStopWithPriceAndTimeInForce() {
    String params = OrderRequests.newAlgoOrder(
        TestOrders.stopLimit("oes-7", Side.BUY, "0.002", "41000", "40900")).encoded();

    assertThat(params).isEqualTo("algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=STOP"
        + "&quantity=0.002&price=41000&timeInForce=GTC&triggerPrice=40900&clientAlgoId=oes-7");
  }

  @Test
  void conditionalOrdersAreRefusedOnTheOrderEndpoint() {
    assertThatThrownBy(() -> OrderRequests.newOrder(
        TestOrders.stopMarket("oes-8", Side.SELL, "1", "100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("algo endpoint");
  }

  @Test
  void cancelAndQueryNameTheOrderBySymbolAndClientId() {
    assertThat(OrderRequests.byClientOrderId("BTCUSDT", "oes-9").encoded())
        .isEqualTo("symbol=BTCUSDT&origClientOrderId=oes-9");
  }
}
