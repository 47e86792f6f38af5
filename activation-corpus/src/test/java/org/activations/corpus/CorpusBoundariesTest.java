package org.activations.corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The corpus of flawed and tricky functions is written against the published API only, like any
 * plugin. {@link CorpusRulesCanFailTest} shows that each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations.corpus", importOptions = ImportOption.DoNotIncludeTests.class)
class CorpusBoundariesTest {
  /** Each package its own slice. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return SliceIdentifier.of(c.getPackageName());
    }

    @Override
    public String getDescription() {
      return "packages";
    }
  };

  @ArchTest
  static final ArchRule corpusPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");

  @ArchTest
  static final ArchRule corpusDependsOnlyOnTheRootApiAndTheSpi = classes()
      .that().resideInAPackage("org.activations.corpus..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.activations", "org.activations.spi", "org.activations.corpus..")
      .because("the corpus checks the checker the way a third-party plugin would meet it: through the"
          + " published API, never the registry's internals or a built-in");
}
