package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activations.corpus.Corpus;
import org.activations.corpus.CorpusEntry;
import org.activations.corpus.Defect;
import org.junit.jupiter.api.Test;

/**
 * The engine against the corpus of flawed and correct-but-difficult functions written apart from
 * it: every flawed function fails with a finding of one of its defects, every correct one passes
 * ("cannot verify" allowed).
 */
class CorpusTest {
  /** A short budget: the corpus has functions that hang on purpose. */
  static final PropertyAnalyzer ENGINE = new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED,
      PropertyAnalyzer.DEFAULT_TIMEOUT);

  /** The concerns of a report's failures, as corpus defects. */
  static Set<Defect> defects(PropertyReport r) {
    return r.failures().stream().map(f -> Defect.valueOf(f.concern().name()))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void everyFlawedFunctionFailsForOneOfItsDefectsAndEveryCorrectOnePasses() {
    List<String> wrong = new ArrayList<>();
    int flawed = 0;
    int caught = 0;
    int correct = 0;
    int passed = 0;
    int cannotVerify = 0;
    for (CorpusEntry e : Corpus.all()) {
      PropertyReport r = ENGINE.analyze(e.factory().get(), "corpus");
      Set<Defect> found = defects(r);
      cannotVerify += r.cannotVerifyCount();
      if (e.flawed()) {
        flawed++;
        if (found.stream().anyMatch(e.defects()::contains)) {
          caught++;
        } else {
          wrong.add("MISSED " + e.name() + " " + e.defects() + " (" + e.flaw() + "): found " + found
              + " " + r.failures());
        }
      } else {
        correct++;
        if (r.passed()) {
          passed++;
        } else {
          wrong.add("FALSE ALARM " + e.name() + " (" + e.flaw() + "): " + r.failures());
        }
      }
    }
    System.out.printf("corpus: %d of %d flawed functions failed for one of their defects, %d of %d"
        + " correct functions passed, %d points or checks could not be verified%n",
        caught, flawed, passed, correct, cannotVerify);
    wrong.forEach(System.out::println);
    assertEquals(List.of(), wrong);
  }
}
