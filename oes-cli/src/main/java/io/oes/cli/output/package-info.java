/**
 * How answers are printed: aligned tables for people, protobuf's canonical JSON ({@code --json})
 * for scripts. Numbers are shown from the exact decimal twins when the server sends them.
 */
package io.oes.cli.output;
