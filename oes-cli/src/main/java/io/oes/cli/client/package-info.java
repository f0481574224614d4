/**
 * Talking to a running gateway: where it is ({@code --target}, {@code --http}), the plaintext
 * gRPC channel, server reflection, and how a failed call becomes exit code 1 with the gRPC status
 * on standard error.
 */
package io.oes.cli.client;
