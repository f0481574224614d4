/**
 * {@code oes trading status|halt|reduce|resume}: the kill switch (the admin service) from the
 * command line.
 */
package io.oes.cli.trading;
