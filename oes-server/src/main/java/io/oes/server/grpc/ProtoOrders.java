package io.oes.server.grpc;

import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Decimals;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import java.time.Instant;

/** Core orders to their wire form, b25 field by field, plus oes's additions. */
final class ProtoOrders {
  private ProtoOrders() {}

  static io.oes.api.Order toProto(Order order) {
    OrderRequest request = order.request();
    io.oes.api.Order.Builder b = io.oes.api.Order.newBuilder()
        .setOrderId(order.orderId())
        .setClientOrderId(nullToEmpty(request.clientOrderId()))
        .setSymbol(request.symbol())
        .setSide(OrderSide.valueOf(request.side().name()))
        .setType(OrderType.valueOf(request.type().name()))
        .setState(OrderState.valueOf(order.state().name()))
        .setQuantity(Decimals.toWire(request.quantity()))
        .setPrice(Decimals.toWire(request.price()))
        .setStopPrice(Decimals.toWire(request.stopPrice()))
        .setFilledQuantity(Decimals.toWire(order.filledQuantity()))
        .setAveragePrice(Decimals.toWire(order.averagePrice()))
        .setFee(Decimals.toWire(order.fee()))
        .setFeeAsset(nullToEmpty(order.feeAsset()))
        .setCreatedAt(order.createdAt().getEpochSecond())
        .setUpdatedAt(order.updatedAt().getEpochSecond())
        .setUserId(nullToEmpty(request.userId()))
        .setReduceOnly(request.reduceOnly())
        .setPostOnly(request.postOnly() || request.type() == io.oes.core.order.OrderType.POST_ONLY)
        .setExchangeOrderId(nullToEmpty(order.exchangeOrderId()))
        .setCreatedAtMs(order.createdAt().toEpochMilli())
        .setUpdatedAtMs(order.updatedAt().toEpochMilli())
        .setRejectReason(nullToEmpty(order.rejectReason()))
        .setQuantityDecimal(Decimals.plain(request.quantity()))
        .setPriceDecimal(Decimals.plain(request.price()))
        .setStopPriceDecimal(Decimals.plain(request.stopPrice()))
        .setFilledQuantityDecimal(Decimals.plain(order.filledQuantity()))
        .setAveragePriceDecimal(Decimals.plain(order.averagePrice()))
        .setFeeDecimal(Decimals.plain(order.fee()));
    if (request.timeInForce() != null) {
      b.setTimeInForce(TimeInForce.valueOf(request.timeInForce().name()));
    }
    return b.build();
  }

  static io.oes.api.OrderUpdate toProto(OrderEvent event) {
    io.oes.api.OrderUpdate.Builder b = io.oes.api.OrderUpdate.newBuilder()
        .setOrder(toProto(event.order()))
        .setUpdateType(event.type().name())
        .setTimestamp(event.time().getEpochSecond())
        .setTimestampMs(event.time().toEpochMilli())
        .setSequence(event.sequence());
    if (event.fill() != null) {
      b.setFill(toProto(event.fill()));
    }
    return b.build();
  }

  static io.oes.api.Fill toProto(Fill fill) {
    return io.oes.api.Fill.newBuilder()
        .setFillId(fill.fillId())
        .setOrderId(fill.orderId())
        .setSymbol(fill.symbol())
        .setSide(OrderSide.valueOf(fill.side().name()))
        .setPrice(Decimals.toWire(fill.price()))
        .setQuantity(Decimals.toWire(fill.quantity()))
        .setFee(Decimals.toWire(fill.fee()))
        .setFeeAsset(nullToEmpty(fill.feeAsset()))
        .setTimestamp(fill.time().getEpochSecond())
        .setIsMaker(fill.maker())
        .build();
  }

  static long seconds(Instant time) {
    return time.getEpochSecond();
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
