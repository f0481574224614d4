/**
 * Order entry over NATS request-reply ({@code orders.requests.create}, {@code …cancel}, {@code
 * …get}): b25 JSON in and out, the same guards as a gRPC call, and the same {@link
 * io.oes.server.grpc.OrderDesk} calls behind them. Off unless {@code events.order_entry.enabled}.
 */
package io.oes.server.nats;
