/**
 * The simulator's operator endpoints under {@code /admin}, outside the Binance API: read, change
 * and clear the injected faults, cut the user streams, and move a market's mark price. Every call
 * needs the {@code X-MBX-APIKEY} header of one of the simulator's accounts (else HTTP 401).
 */
package io.oes.sim.admin;
