/**
 * The in-memory order store: the same contract as the durable stores, kept in this process.
 * History does not survive a restart; it serves tests and throwaway runs.
 */
package io.oes.store.memory;
