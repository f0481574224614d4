/**
 * The gRPC API (b25's {@code order.OrderService}): decodes requests at the wire edge, hands
 * them to the engine, and turns refusals into gRPC statuses. No order logic lives here. {@link
 * io.oes.server.grpc.OrderDesk} is the part of it NATS order entry shares: the same calls, the
 * same refusals.
 */
package io.oes.server.grpc;
