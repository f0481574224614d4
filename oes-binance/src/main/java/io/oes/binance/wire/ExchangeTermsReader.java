package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeTerms;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * An order's terms from a Binance order object or stream event, in oes's words: a LIMIT with
 * GTX is oes's POST_ONLY, Binance's STOP is oes's STOP_LIMIT. Null when a term oes needs is
 * absent or of a kind oes does not trade (e.g. TAKE_PROFIT, TRAILING_STOP_MARKET).
 */
final class ExchangeTermsReader {
  private ExchangeTermsReader() {}

  /**
   * @param fields the JSON names of side, type, timeInForce, quantity, price, stopPrice and
   *     reduceOnly in this kind of object (REST and stream objects name them differently)
   */
  static ExchangeTerms read(JsonNode node, String... fields) {
    String side = WireJson.text(node, fields[0]);
    String type = WireJson.text(node, fields[1]);
    String tif = WireJson.text(node, fields[2]);
    BigDecimal quantity = WireJson.decimal(node, fields[3], null);
    if (side == null || type == null || quantity == null) {
      return null;
    }
    OrderType oesType = typeOf(type.toUpperCase(Locale.ROOT), tif);
    if (oesType == null) {
      return null;
    }
    return new ExchangeTerms(Side.valueOf(side.toUpperCase(Locale.ROOT)), oesType,
        tif == null || oesType == OrderType.MARKET || oesType == OrderType.STOP_MARKET
            ? null : TimeInForce.valueOf(tif.toUpperCase(Locale.ROOT)),
        quantity, positiveOrNull(WireJson.decimal(node, fields[4], null)),
        positiveOrNull(WireJson.decimal(node, fields[5], null)),
        node.path(fields[6]).asBoolean(false));
  }

  private static OrderType typeOf(String type, String tif) {
    return switch (type) {
      case "LIMIT" -> "GTX".equalsIgnoreCase(tif) ? OrderType.POST_ONLY : OrderType.LIMIT;
      case "MARKET" -> OrderType.MARKET;
      case "STOP" -> OrderType.STOP_LIMIT;
      case "STOP_MARKET" -> OrderType.STOP_MARKET;
      default -> null;
    };
  }

  private static BigDecimal positiveOrNull(BigDecimal value) {
    return value == null || value.signum() <= 0 ? null : value;
  }
}
