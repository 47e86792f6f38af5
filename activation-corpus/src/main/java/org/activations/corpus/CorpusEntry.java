package org.activations.corpus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * One function of the corpus: its name, the defects a correct verifier must report (none for a
 * correct function), what is wrong or difficult about it, a factory and the provider class that
 * registers it.
 *
 * @param name the function's canonical name, {@code flawed_…} or {@code tricky_…}
 * @param defects the defects a correct verifier must report, the primary cause first; empty for a
 *     correct function
 * @param flaw one line saying what is wrong (flawed) or what makes it hard to verify (correct)
 * @param factory a new instance on every call
 * @param providerClassName the binary name of the public provider class, for a services file
 * @param witness where the flaw shows: an x, or a short recipe for a flaw that is not pointwise;
 *     empty for a correct function
 * @param mustNotReport defects a correct verifier must not report although a naive one would: a
 *     declaration that is true of f but looks false when measured from the plugin's wrong f'
 *     (for a correct function: every defect)
 * @since 0.1
 */
public record CorpusEntry(String name, Set<Defect> defects, String flaw,
    Supplier<Activation> factory, String providerClassName, String witness,
    Set<Defect> mustNotReport) {

  /** Validates and copies the entry; the defects keep their order. */
  public CorpusEntry {
    Objects.requireNonNull(name, "name");
    defects = Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(defects)));
    mustNotReport = Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(mustNotReport)));
    for (Defect d : mustNotReport) {
      if (defects.contains(d)) {
        throw new IllegalArgumentException(name + ": " + d + " is both a defect to report and one"
            + " not to report");
      }
    }
    Objects.requireNonNull(flaw, "flaw");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(providerClassName, "providerClassName");
    Objects.requireNonNull(witness, "witness");
    if (defects.isEmpty() != witness.isEmpty()) {
      throw new IllegalArgumentException(name + ": a flawed entry needs a witness and a correct one"
          + " has none, got defects " + defects + " and witness '" + witness + "'");
    }
  }

  /** True if a correct verifier must report at least one defect. */
  public boolean flawed() {
    return !defects.isEmpty();
  }

  /**
   * The primary defect, the first of {@link #defects()}.
   *
   * @throws IllegalStateException for a correct entry
   */
  public Defect primary() {
    if (defects.isEmpty()) {
      throw new IllegalStateException(name + " is correct: it has no defect");
    }
    return defects.iterator().next();
  }

  /**
   * This entry with {@code defects} added to those a correct verifier must not report.
   *
   * @throws IllegalArgumentException if one of them is a defect to report
   */
  CorpusEntry notBlaming(Defect... more) {
    Set<Defect> all = new LinkedHashSet<>(mustNotReport);
    all.addAll(List.of(more));
    return new CorpusEntry(name, defects, flaw, factory, providerClassName, witness, all);
  }

  /** A flawed entry for the function that {@code provider} creates. */
  static CorpusEntry flawed(ActivationProvider provider, String flaw, String witness,
      Defect primary, Defect... more) {
    Set<Defect> all = new LinkedHashSet<>();
    all.add(primary);
    all.addAll(List.of(more));
    return of(provider, all, flaw, witness);
  }

  /** A correct entry for the function that {@code provider} creates: no defect may be reported. */
  static CorpusEntry correct(ActivationProvider provider, String difficulty) {
    return of(provider, Set.of(), difficulty, "", EnumSet.allOf(Defect.class));
  }

  private static CorpusEntry of(ActivationProvider provider, Set<Defect> defects, String flaw,
      String witness) {
    return of(provider, defects, flaw, witness, Set.of());
  }

  private static CorpusEntry of(ActivationProvider provider, Set<Defect> defects, String flaw,
      String witness, Set<Defect> mustNotReport) {
    return new CorpusEntry(provider.name(), defects, flaw, () -> provider.create(Parameters.none()),
        provider.getClass().getName(), witness, mustNotReport);
  }

  @Override
  public String toString() {
    return name + (defects.isEmpty() ? " (correct)" : " " + defects) + ": " + flaw;
  }
}
