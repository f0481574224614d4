/**
 * A Binance USD-M Futures compatible exchange simulator, started in-process on a loopback port:
 * {@link io.oes.sim.Simulator#start(SimulatorConfig)} binds the REST API, opens the configured
 * accounts and starts one market ticker thread that moves every symbol's mid price. The simulator
 * shares no code with the oes client side, only the wire protocol, so it catches client bugs a
 * shared model would hide. Sub-packages are named by role: {@code http}, {@code auth},
 * {@code matching}, {@code market}, {@code account}, {@code rules}, {@code order},
 * {@code rejection}, {@code ratelimit}.
 */
package io.oes.sim;
