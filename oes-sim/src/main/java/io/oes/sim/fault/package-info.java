/**
 * Fault injection for tests and chaos runs: added latency, 503 answers that were not executed,
 * order requests that were executed but answered 503 "Unknown error" or never answered, user
 * stream disconnects and a frozen market. The active {@link io.oes.sim.fault.FaultPlan} is set
 * from {@code SimulatorConfig} at start and replaced at run time through the admin endpoint; the
 * {@link io.oes.sim.fault.FaultInjector} draws every random decision from one seeded generator.
 */
package io.oes.sim.fault;
