package io.oes.server.health;

/** A check whose answer a test sets. */
final class FixedCheck implements HealthCheck {

  private final String name;
  private volatile CheckResult result;

  FixedCheck(String name, CheckResult result) {
    this.name = name;
    this.result = result;
  }

  void answer(CheckResult result) {
    this.result = result;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CheckResult check() {
    return result;
  }
}
