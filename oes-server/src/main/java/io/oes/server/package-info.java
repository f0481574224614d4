/**
 * The gateway process: {@link io.oes.server.Gateway} wires the configured exchange accounts,
 * store, cache and event bus to the engine, and serves the gRPC and HTTP APIs.
 */
package io.oes.server;
