package org.activations;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.toCollection;

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
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.activations.internal.ServiceDiscovery;
import org.apiguardian.api.API;

/**
 * The API module's guarantees, each a rule named after it. The module's own and exported packages
 * are read from its compiled {@code module-info}, so a new package is covered without editing a
 * list. {@link ApiArchitectureRulesCanFailTest} shows that every rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {
  static final ModuleDescriptor MODULE = ModuleFinder.of(Path.of("target", "classes"))
      .find("org.activations").orElseThrow().descriptor();
  static final Set<String> OWN = new TreeSet<>(MODULE.packages());
  static final Set<String> EXPORTED = MODULE.exports().stream().map(ModuleDescriptor.Exports::source)
      .collect(toCollection(TreeSet::new));

  static final DescribedPredicate<JavaClass> OF_THIS_MODULE =
      describe("classes of the module org.activations " + OWN, c -> OWN.contains(c.getPackageName()));
  static final DescribedPredicate<JavaClass> EXPORTED_BY_THIS_MODULE =
      describe("exported by org.activations " + EXPORTED, c -> EXPORTED.contains(c.getPackageName()));
  static final DescribedPredicate<JavaClass> NOT_EXPORTED = describe(
      "a type of a package org.activations does not export", c -> OWN.contains(c.getPackageName())
          && !EXPORTED.contains(c.getPackageName()));

  /** Each package its own slice: the root package included. */
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
  static final ArchRule apiDependsOnlyOnTheJdk = classes().that(OF_THIS_MODULE)
      .should().onlyDependOnClassesThat(resideInAPackage("java..").or(OF_THIS_MODULE)
          .or(resideInAPackage("org.apiguardian.api")))
      .because("library users and plugin authors get the API with the JDK alone (the @API marks"
          + " are needed at compile time only); a type from anywhere else is a new dependency");

  @ArchTest
  static final ArchRule apiPackagesDependOneWay = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("root API").definedBy("org.activations")
      .layer("SPI").definedBy("org.activations.spi")
      .layer("internal").definedBy("org.activations.internal")
      .layer("registry").definedBy("org.activations.registry")
      .whereLayer("registry").mayNotBeAccessedByAnyLayer()
      .whereLayer("internal").mayOnlyBeAccessedByLayers("registry")
      .whereLayer("SPI").mayOnlyBeAccessedByLayers("internal", "registry")
      .because("a user who evaluates functions never needs the SPI, and a provider never needs the"
          + " registry: root API <- SPI <- internal <- registry");

  @ArchTest
  static final ArchRule apiPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood, tested or split apart"
          + " one at a time");

  @ArchTest
  static final ArchRule onlyServiceDiscoveryCallsServiceLoader = noClasses()
      .that().doNotBelongToAnyOf(ServiceDiscovery.class)
      .should().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
      .because("one class owns discovery, so that every broken plugin becomes a load problem in one"
          + " place");

  @ArchTest
  static final ArchRule exportedSignaturesNeverExposeInternals = codeUnits()
      .that().arePublic().and().areDeclaredInClassesThat(EXPORTED_BY_THIS_MODULE)
      .should(neverMention(NOT_EXPORTED))
      .because("a caller outside the module cannot name an unexported type, in a parameter no more"
          + " than in a return type");

  @ArchTest
  static final ArchRule everyExportedTypeDeclaresItsStability = classes()
      .that().arePublic().and(EXPORTED_BY_THIS_MODULE)
      .should().beAnnotatedWith(API.class)
      .because("users see which types are stable, maintained or experimental, as in JUnit 5");

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
