package org.activations.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checker's test corpus: deliberately flawed functions, each with the defects a correct verifier
 * must report, and correct functions that are hard to verify, which a correct verifier must pass.
 *
 * <p>Nothing here is registered with {@link java.util.ServiceLoader}. To load the corpus as a plugin,
 * write a jar whose {@code META-INF/services/org.activations.spi.ActivationProvider} lists
 * {@link #providerClassNames()}; {@link PluginJar#write} does.
 *
 * <p>The {@link Defect#TIMEOUT} functions are slow somewhere or never return; a verifier must call
 * them on a thread it can abandon (a daemon thread). The two that never return ignore interruption,
 * as a broken plugin would: one spins at NaN, one blocks on a band.
 *
 * @since 0.1
 */
public final class Corpus {
  private static final List<CorpusEntry> FLAWED = Stream.of(
          SpecialInputFlaws.entries(), LimitFlaws.entries(), RangeFlaws.entries(),
          ContinuityFlaws.entries(), DerivativeFlaws.entries(), OutputFormFlaws.entries(),
          MonotonicFlaws.entries(),
          DeclarationFlaws.entries(), BatchFlaws.entries(), BackwardFlaws.entries(),
          FloatFlaws.entries(), ThreadSafetyFlaws.entries(), ThrowingFlaws.entries(),
          TimeoutFlaws.entries())
      .flatMap(List::stream).toList();

  private static final List<CorpusEntry> CORRECT = Stream.of(
          CorrectOscillating.entries(), CorrectGrowth.entries(), CorrectPieces.entries(),
          CorrectScales.entries(), CorrectNumerics.entries(), CorrectKernels.entries(),
          CorrectLibraryStyle.entries())
      .flatMap(List::stream).toList();

  private static final List<CorpusEntry> ALL = concat(FLAWED, CORRECT);

  private static final Map<String, CorpusEntry> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(CorpusEntry::name, Function.identity()));

  private Corpus() {}

  /** The flawed functions, grouped by their primary defect. */
  public static List<CorpusEntry> flawed() {
    return FLAWED;
  }

  /** The correct functions that are hard to verify. */
  public static List<CorpusEntry> correct() {
    return CORRECT;
  }

  /** Every entry, the flawed first. */
  public static List<CorpusEntry> all() {
    return ALL;
  }

  /**
   * The entry named {@code name}.
   *
   * @throws NoSuchElementException if there is none, with the names that exist
   */
  public static CorpusEntry named(String name) {
    CorpusEntry entry = BY_NAME.get(name);
    if (entry == null) {
      throw new NoSuchElementException("no corpus entry '" + name + "'; the entries are "
          + ALL.stream().map(CorpusEntry::name).sorted().toList());
    }
    return entry;
  }

  /** The binary names of every entry's provider class, in the order of {@link #all()}. */
  public static List<String> providerClassNames() {
    return ALL.stream().map(CorpusEntry::providerClassName).toList();
  }

  private static List<CorpusEntry> concat(List<CorpusEntry> a, List<CorpusEntry> b) {
    List<CorpusEntry> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
