package org.activations.tools;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tools' boundaries. Two guarantees need no rule because the build already enforces them: the
 * tools cannot name a built-in (the builtin module is a runtime-scope dependency, absent when they
 * compile) nor the API's internals (not exported by its module). {@link ToolsRulesCanFailTest} shows
 * that each rule here fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations.tools", importOptions = ImportOption.DoNotIncludeTests.class)
class ToolsArchitectureTest {
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

  static final DescribedPredicate<JavaClass> GUAVA =
      describe("a Guava type", c -> c.getPackageName().startsWith("com.google.common"));

  @ArchTest
  static final ArchRule toolsNeverCallServiceLoader = noClasses()
      .that().resideInAPackage("org.activations.tools..")
      .should().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
      .because("discovery has one owner, the registry in the API module; plugins on --plugin-path"
          + " load into a new registry");

  @ArchTest
  static final ArchRule toolsPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("the command line sits on rendering, never the other way round");

  @ArchTest
  static final ArchRule noGuavaInPublicSignatures = codeUnits()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .should(neverMention(GUAVA))
      .because("Guava is an implementation detail of the tools: a caller must not need it, in a"
          + " parameter no more than in a return type");

  /** A code unit whose return type, parameter types or their type arguments include a forbidden type. */
  static ArchCondition<JavaCodeUnit> neverMention(DescribedPredicate<JavaClass> forbidden) {
    return new ArchCondition<>("never mention " + forbidden.getDescription()
        + " in a return or parameter type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
            .map(JavaType::getAllInvolvedRawTypes).flatMap(Set::stream)
            .filter(forbidden)
            .forEach(t -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                + " mentions " + t.getName())));
      }
    };
  }
}
