/**
 * {@code oes key}: minting API keys for the gateway. The key is printed once for the client;
 * the gateway's configuration holds only its hash.
 */
package io.oes.cli.key;
