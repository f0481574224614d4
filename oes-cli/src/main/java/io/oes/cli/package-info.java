/** The {@code oes} command line: one executable for the gateway, the simulator and tools. */
package io.oes.cli;
