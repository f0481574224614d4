/**
 * The dead-man switch: {@code countdownCancelAll} cancels every open order of a symbol when the
 * client stops refreshing its countdown, so a crashed or disconnected client does not leave
 * orders working. Countdowns run on the simulator's housekeeping scheduler.
 */
package io.oes.sim.deadman;
