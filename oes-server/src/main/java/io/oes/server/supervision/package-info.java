/**
 * Keeps each account's engine in step with the exchange while the gateway runs: the user data
 * stream feeds it, reconciliation corrects it after every gap and periodically, and the
 * dead-man switch stays armed.
 */
package io.oes.server.supervision;
