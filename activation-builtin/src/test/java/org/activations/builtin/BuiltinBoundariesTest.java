package org.activations.builtin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.activations.spi.ActivationProvider;

/**
 * The builtin module's provider style and package structure; {@link BuiltinArchitectureTest} holds
 * its dependency rules, and {@link BuiltinRulesCanFailTest} shows that each rule can fail.
 */
@AnalyzeClasses(packages = "org.activations.builtin",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BuiltinBoundariesTest {
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
  static final ArchRule builtinPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");

  @ArchTest
  static final ArchRule everyProviderIsNestedInTheFunctionItCreates = classes()
      .that().implement(ActivationProvider.class)
      .should().beNestedClasses().andShould().haveSimpleName("Provider")
      .andShould().bePublic()
      .because("one provider style everywhere: X.Provider, with the name written once, in X's INFO");
}
