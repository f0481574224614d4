/**
 * Looking at a running gateway from outside: {@code oes health} over HTTP and {@code oes
 * services} over gRPC server reflection, with exit codes for scripts and probes.
 */
package io.oes.cli.probe;
