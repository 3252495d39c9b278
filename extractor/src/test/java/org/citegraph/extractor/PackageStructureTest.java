package org.citegraph.extractor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages are the stages of the pipeline and depend only downstream: {@code model} on nothing,
 * {@code text} (layout) on the model, {@code rules} never on {@code resolve} or {@code json}, and
 * nothing but the facade on {@code json}.
 */
class PackageStructureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.citegraph.extractor");

  @Test
  void theModelDependsOnNothingElseOfCitegraph() {
    noClasses()
        .that()
        .resideInAPackage("..extractor.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..extractor.text..",
            "..extractor.rules..",
            "..extractor.resolve..",
            "..extractor.gazetteer..",
            "..extractor.json..")
        .check(CLASSES);
  }

  @Test
  void layoutKnowsNoRules() {
    noClasses()
        .that()
        .resideInAPackage("..extractor.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..extractor.rules..", "..extractor.resolve..", "..extractor.json..")
        .check(CLASSES);
  }

  @Test
  void rulesNeverReachTheLaterPassOrTheOutputFormat() {
    noClasses()
        .that()
        .resideInAPackage("..extractor.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..extractor.resolve..", "..extractor.json..")
        .check(CLASSES);
  }
}
