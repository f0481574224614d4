/**
 * The engine: one single-writer {@link io.oes.core.engine.AccountEngine} per exchange account
 * runs that account's orders. The account's state is one {@link
 * io.oes.core.engine.AccountBook} that only the account's writer thread touches; admission,
 * submissions, cancels, amendments, pushed reports and reconciliation are handlers that take
 * the book and the ports, with no way back to the engine. Callers on any thread hand the
 * engine commands and get futures back; exchange answers and store reads come back to the
 * writer as commands, so a fill and a cancel can never race and the writer never waits for
 * I/O. {@link io.oes.core.engine.OrderEngine} routes users to accounts and serves reads.
 */
package io.oes.core.engine;
