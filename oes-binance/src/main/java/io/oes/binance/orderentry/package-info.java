/**
 * How order requests reach the exchange: {@link io.oes.binance.orderentry.OrderEntry#rest} sends
 * them as signed REST calls; {@link io.oes.binance.orderentry.WebSocketOrderEntry} sends place,
 * modify, cancel and query over one WebSocket API connection of the account
 * ({@code /ws-fapi/v1}) and everything else, or everything while that connection is down, over
 * REST. Either way the answer comes back as a {@link io.oes.binance.rest.RestResponse}, so one
 * reading of answers ({@code io.oes.binance.wire.Outcomes}) serves both.
 */
package io.oes.binance.orderentry;
