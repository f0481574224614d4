package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VariableExpansionTest {

  static Stream<Arguments> expansions() {
    return Stream.of(
        row("a set variable is replaced", "host: ${H}", Map.of("H", "10.0.0.1"), "10.0.0.1"),
        row("a default is used when unset", "host: ${H:-10.0.0.2}", Map.of(), "10.0.0.2"),
        row("a default is used when empty", "host: ${H:-10.0.0.3}", Map.of("H", ""), "10.0.0.3"),
        row("a set variable beats its default", "host: ${H:-x}", Map.of("H", "10.0.0.4"),
            "10.0.0.4"),
        row("an empty default is allowed", "host: \"${H:-}127.0.0.1\"", Map.of(), "127.0.0.1"),
        row("two references on one line", "host: ${A}.${B}", Map.of("A", "h", "B", "lan"),
            "h.lan"),
        row("$$ is a literal dollar", "host: a$$b", Map.of(), "a$b"),
        row("a lone dollar stays", "host: a$b", Map.of(), "a$b"),
        row("a reference without braces is left as it is", "host: $HOME",
            Map.of("HOME", "/root"), "$HOME"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expansions")
  void expandsVariablesBeforeParsing(String name, String yaml, Map<String, String> env,
      String host) {
    OesConfig config = new ConfigLoader(env).parse("server:\n  " + yaml + "\n");

    assertThat(config.server().host()).isEqualTo(host);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        row("an unset variable names itself and its line", "server:\n  host: ${NOPE}\n",
            Map.of(), "config line 2: ${NOPE} is not set and has no default"),
        row("an empty variable counts as unset", "server:\n\n  host: ${E}\n", Map.of("E", ""),
            "config line 3: ${E} is not set and has no default"),
        row("a malformed reference is named", "server:\n  host: ${1BAD}\n", Map.of(),
            "config line 2: ${1BAD} is not a variable reference"),
        row("an unterminated reference is named", "server:\n  host: ${OPEN\n", Map.of(),
            "config line 2: ${OPEN is not a variable reference"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void reportsBadReferences(String name, String yaml, Map<String, String> env, String problem) {
    assertThatThrownBy(() -> new ConfigLoader(env).parse(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void leavesReferencesInCommentLinesAlone() {
    OesConfig config =
        new ConfigLoader(Map.of()).parse("# api_key: ${BINANCE_API_KEY}\nserver:\n  host: h\n");

    assertThat(config.server().host()).isEqualTo("h");
  }

  @Test
  void reportsEveryUnsetVariableAtOnce() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of()).parse("server:\n  host: ${A}\nsim:\n  seed: ${B}\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "config line 2: ${A} is not set and has no default",
                        "config line 4: ${B} is not set and has no default"));
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
