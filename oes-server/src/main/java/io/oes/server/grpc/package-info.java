/**
 * The gRPC API (b25's {@code order.OrderService}): decodes requests at the wire edge, hands
 * them to the engine, and turns refusals into gRPC statuses. No order logic lives here.
 */
package io.oes.server.grpc;
