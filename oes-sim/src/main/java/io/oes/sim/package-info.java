/**
 * A Binance USD-M Futures compatible exchange simulator, started in-process on a loopback port:
 * {@link io.oes.sim.Simulator#start(SimulatorConfig)} binds the REST API, the user data stream
 * WebSockets and the operator endpoints, opens the configured accounts and starts two timer
 * threads (the market ticker and stream housekeeping). {@link io.oes.sim.SimulatorMain} runs it
 * standalone. The simulator shares no code with the oes client side, only the wire protocol, so
 * it catches client bugs a shared model would hide. Sub-packages are named by role: {@code http},
 * {@code auth}, {@code matching}, {@code market}, {@code account}, {@code rules}, {@code order},
 * {@code algo}, {@code rejection}, {@code ratelimit}, {@code margin}, {@code stream},
 * {@code wsapi}, {@code deadman}, {@code fault} and {@code admin}.
 */
package io.oes.sim;
