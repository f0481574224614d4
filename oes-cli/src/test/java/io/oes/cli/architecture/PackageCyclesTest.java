package io.oes.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the product depend on each other, directly or round a loop: each package
 * can be read, tested and changed with only the ones below it in mind. This module assembles
 * every other, so it sees all of their classes.
 */
class PackageCyclesTest {
  private final JavaClasses product = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.oes");

  @Test
  void theProductHasClassesFromEveryModule() {
    assertThat(product.stream()
            .map(javaClass -> javaClass.getPackageName().split("\\.")[2]).distinct())
        .contains("api", "core", "binance", "sim", "store", "messaging", "server", "cli");
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("io.oes.(**)").should().beFreeOfCycles().check(product);
  }
}
