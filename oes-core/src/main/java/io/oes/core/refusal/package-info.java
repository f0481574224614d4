/**
 * Refusals as data: why oes will not do what was asked, with a stable code and a message that
 * names the field, the value and the rule. They become gRPC statuses only at the API edge.
 */
package io.oes.core.refusal;
