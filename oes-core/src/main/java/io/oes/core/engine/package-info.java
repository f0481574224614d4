/**
 * The engine: one single-writer {@link io.oes.core.engine.AccountEngine} per exchange account
 * owns that account's orders. Callers on any thread hand it commands and get futures back;
 * exchange answers come back to the same thread as commands, so a fill and a cancel can never
 * race. {@link io.oes.core.engine.OrderEngine} routes users to accounts and serves reads.
 */
package io.oes.core.engine;
