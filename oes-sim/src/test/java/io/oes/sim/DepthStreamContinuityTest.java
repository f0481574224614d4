package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A local order book kept the way Binance's docs prescribe (buffer the diff stream, take a REST
 * snapshot, drop events older than it, check {@code U <= lastUpdateId <= u} and then
 * {@code pu == previous u}) ends up equal to the REST book.
 */
class DepthStreamContinuityTest {
  @RegisterExtension
  final StillSimulator sim = new StillSimulator();

  @Test
  void diffEventsJoinTheRestSnapshotAndKeepTheLocalBookEqualToIt() {
    try (StreamClient stream = StreamClient.connect(sim.simulator().webSocketUrl()
        + "/public/stream?streams=btcusdt@depth@100ms")) {
      UserDataStreamTest.awaitConnected(stream);
      JsonNode snapshot = depth();
      long lastUpdateId = snapshot.get("lastUpdateId").asLong();
      LocalBook book = new LocalBook(snapshot);
      changeTheBook();
      long target = depth().get("lastUpdateId").asLong();

      JsonNode first = stream.nextMatching(frame -> data(frame).get("u").asLong()
          >= lastUpdateId);
      assertThat(data(first).get("U").asLong()).isLessThanOrEqualTo(lastUpdateId);
      book.apply(data(first));
      long previous = data(first).get("u").asLong();
      while (previous < target) {
        JsonNode event = data(stream.next());
        assertThat(event.get("pu").asLong()).isEqualTo(previous);
        book.apply(event);
        previous = event.get("u").asLong();
      }

      assertThat(previous).isEqualTo(target);
      assertThat(book).isEqualTo(new LocalBook(depth()));
    }
  }

  /** A resting bid, a taker sweeping two ask levels, a cancel: four kinds of change. */
  private void changeTheBook() {
    sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.100", "price", "94000", "newClientOrderId",
        "depth-bid"));
    sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "0.800"));
    sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "SELL", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.200", "price", "96000"));
    sim.client().signed("DELETE", "/fapi/v1/order", params("symbol", "BTCUSDT",
        "origClientOrderId", "depth-bid"));
  }

  private JsonNode depth() {
    return sim.client().publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=1000").body();
  }

  private static JsonNode data(JsonNode frame) {
    return frame.get("data");
  }

  /** Price to quantity per side, zero quantities removed, as Binance's guide keeps it. */
  private record LocalBook(Map<BigDecimal, BigDecimal> bids, Map<BigDecimal, BigDecimal> asks) {
    LocalBook(JsonNode snapshot) {
      this(new TreeMap<>(Comparator.reverseOrder()), new TreeMap<>());
      put(bids, snapshot.get("bids"));
      put(asks, snapshot.get("asks"));
    }

    void apply(JsonNode event) {
      put(bids, event.get("b"));
      put(asks, event.get("a"));
    }

    private static void put(Map<BigDecimal, BigDecimal> side, JsonNode levels) {
      for (JsonNode level : levels) {
        BigDecimal price = new BigDecimal(level.get(0).asText()).stripTrailingZeros();
        BigDecimal quantity = new BigDecimal(level.get(1).asText()).stripTrailingZeros();
        if (quantity.signum() == 0) {
          side.remove(price);
        } else {
          side.put(price, quantity);
        }
      }
    }
  }
}
