package io.oes.cli.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.signing.BinanceCredentials;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the exchange holds for the suite's accounts, read through its signed REST API: every
 * order ({@code allOrders}), every trade ({@code userTrades}) and the position ({@code
 * positionRisk}) of each symbol, the accounts' together (the simulator numbers orders per
 * symbol across accounts, so an order's key stays unique).
 */
record ExchangeBook(List<ExchangeOrder> orders, Map<String, ExchangeFills> fillsByOrderKey,
    Map<String, BigDecimal> positions) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 1000;

  /** Reads everything of {@code symbols} from the simulator at {@code baseUrl}. */
  static ExchangeBook read(String baseUrl, List<String> symbols) {
    List<ExchangeOrder> orders = new ArrayList<>();
    Map<String, ExchangeFills> fills = new HashMap<>();
    Map<String, BigDecimal> positions = new HashMap<>();
    for (BinanceCredentials account : List.of(
        new BinanceCredentials(StandaloneSimulator.API_KEY, StandaloneSimulator.SECRET_KEY),
        new BinanceCredentials(StandaloneSimulator.SECOND_API_KEY,
            StandaloneSimulator.SECOND_SECRET_KEY))) {
      try (BinanceRestClient rest = new BinanceRestClient(
          BinanceClientConfig.of(URI.create(baseUrl), account))) {
        for (String symbol : symbols) {
          orders.addAll(orders(rest, symbol));
          addTrades(rest, symbol, fills);
          positions.merge(symbol, position(rest, symbol), BigDecimal::add);
        }
      }
    }
    return new ExchangeBook(List.copyOf(orders), Map.copyOf(fills), Map.copyOf(positions));
  }

  ExchangeFills fillsOf(ExchangeOrder order) {
    return fillsByOrderKey.getOrDefault(order.key(), ExchangeFills.NONE);
  }

  private static List<ExchangeOrder> orders(BinanceRestClient rest, String symbol) {
    List<ExchangeOrder> all = new ArrayList<>();
    long from = 0;
    while (true) {
      JsonNode page = get(rest, "/fapi/v1/allOrders", new RequestParams().add("symbol", symbol)
          .add("orderId", from).add("limit", PAGE));
      page.forEach(order -> all.add(ExchangeOrder.of(order)));
      if (page.size() < PAGE) {
        return all;
      }
      from = all.getLast().orderId() + 1;
    }
  }

  private static void addTrades(BinanceRestClient rest, String symbol,
      Map<String, ExchangeFills> fills) {
    long from = 0;
    while (true) {
      JsonNode page = get(rest, "/fapi/v1/userTrades", new RequestParams().add("symbol", symbol)
          .add("fromId", from).add("limit", PAGE));
      for (JsonNode trade : page) {
        fills.merge(ExchangeOrder.key(symbol, trade.path("orderId").asLong()),
            ExchangeFills.NONE.plus(
                new BigDecimal(trade.path("qty").asText()),
                new BigDecimal(trade.path("commission").asText())),
            (a, b) -> a.plus(b.quantity(), b.commission()));
        from = Math.max(from, trade.path("id").asLong() + 1);
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  private static BigDecimal position(BinanceRestClient rest, String symbol) {
    BigDecimal amount = BigDecimal.ZERO;
    for (JsonNode entry : get(rest, "/fapi/v3/positionRisk",
        new RequestParams().add("symbol", symbol))) {
      amount = amount.add(new BigDecimal(entry.path("positionAmt").asText("0")));
    }
    return amount;
  }

  private static JsonNode get(BinanceRestClient rest, String path, RequestParams params) {
    try {
      RestResponse answer = rest.sendSigned(HttpVerb.GET, path, params)
          .get(30, TimeUnit.SECONDS);
      if (answer.status() != 200) {
        throw new IllegalStateException("GET " + path + " " + params + ": HTTP "
            + answer.status() + " " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (Exception e) {
      throw new IllegalStateException("reading the exchange: GET " + path + " " + params, e);
    }
  }
}
