/**
 * Operating the gateway: the kill switch over gRPC ({@code order.AdminService}) and HTTP
 * ({@code /admin/...}). Halting blocks new orders on every account; cancels always go through.
 */
package io.oes.server.admin;
