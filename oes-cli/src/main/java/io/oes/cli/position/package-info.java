/** {@code oes positions}: the gateway's GetPositions from the command line, a table or JSON. */
package io.oes.cli.position;
