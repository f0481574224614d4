/**
 * The operators' live dashboard at {@code /} on the HTTP port: the page and its assets (served
 * from the jar), one Server-Sent Events stream per open page fed from the order feed, the
 * accounts' exchange state and the latency timers, and the page's cancel action. Halt and
 * resume go through the admin endpoints.
 */
package io.oes.server.dashboard;
