/**
 * The operators' HTTP API (port 9091): health, liveness, readiness and Prometheus metrics, with
 * CORS for browser dashboards. Served by Javalin on Jetty.
 */
package io.oes.server.http;
