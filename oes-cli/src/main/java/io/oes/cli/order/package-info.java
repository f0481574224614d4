/**
 * {@code oes order create|cancel|amend|get|list} and {@code oes watch}: the gateway's order RPCs
 * from the command line, one command per RPC, each printing a table or {@code --json}.
 */
package io.oes.cli.order;
