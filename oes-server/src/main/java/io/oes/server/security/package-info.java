/**
 * Who may call the gateway and over what: API keys held only as hashes and mapped to
 * {@link io.oes.server.security.Principal}s with scopes, the gRPC interceptor that authenticates
 * every call, ownership of orders by user, TLS and mutual TLS for gRPC and HTTP, the rule that
 * refuses to expose an unauthenticated gateway to the network, and limits on hostile input.
 *
 * <p>Nothing here reads configuration files or the environment: the gateway binds {@code
 * security:} into a {@link io.oes.server.security.SecuritySettings} and hands it in.
 */
package io.oes.server.security;
