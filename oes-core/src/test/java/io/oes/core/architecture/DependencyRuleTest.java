package io.oes.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of I/O: adapters depend on it, never the other way round. */
class DependencyRuleTest {
  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.oes.core");

  @Test
  void coreImportsNoAdapterNorIoLibrary() {
    noClasses().that().resideInAPackage("io.oes.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.oes.binance..", "io.oes.sim..", "io.oes.store..", "io.oes.messaging..",
            "io.oes.server..", "io.grpc..", "io.netty..", "java.sql..", "java.net.http..",
            "io.javalin..", "io.lettuce..", "io.nats..", "com.fasterxml.jackson..")
        .check(core);
  }
}
