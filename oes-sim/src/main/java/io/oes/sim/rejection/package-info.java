/**
 * Refusals as data: a {@link io.oes.sim.rejection.Rejection} carries the Binance error code, the
 * message text Binance sends and the HTTP status it answers with. Every layer of the simulator
 * (authentication, parameter parsing, symbol filters, matching) reports a refusal by producing
 * one, and only the HTTP edge turns it into a {@code {"code":-NNNN,"msg":"..."}} body.
 */
package io.oes.sim.rejection;
