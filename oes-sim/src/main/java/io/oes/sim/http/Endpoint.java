package io.oes.sim.http;

import io.oes.sim.http.RestApi.ApiHandler;
import io.oes.sim.http.RestApi.Kind;
import java.util.function.ToIntFunction;

/**
 * One API operation as both transports serve it: its request weight (reference §3), whether
 * injected after-execution faults may hit it (REST only), and its handler. A REST route and a
 * WebSocket API method that do the same thing share one endpoint, so they cannot drift apart.
 */
record Endpoint(ToIntFunction<ApiRequest> weight, Kind kind, ApiHandler handler) {}
