package io.oes.cli.crash;

/** What the rounds kill and bring back: one gateway process, or an owner and its standby. */
interface KilledGateway extends AutoCloseable {
  /** Returns once the gateway serves (again). */
  void start();

  /** SIGKILL of the process serving now. */
  void kill();

  /** SIGTERM of every process. */
  void stop();

  /** Where the gateway serving now takes gRPC calls. */
  int grpcPort();

  @Override
  default void close() {
    stop();
  }
}
