package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.activations.corpus.Corpus;
import org.activations.corpus.CorpusEntry;
import org.junit.jupiter.api.Test;

/**
 * The wording of findings that the corpus test checks only by their concern: each names the
 * method, the input and both values, in the form a plugin author can act on.
 */
class FindingMessagesTest {
  private static final PropertyAnalyzer ENGINE = new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED,
      Duration.ofSeconds(4));

  private static List<String> failures(String name) {
    CorpusEntry e = Corpus.all().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow();
    return ENGINE.analyze(e.factory().get(), e.factory(), "corpus").failures().stream()
        .map(f -> f.concern() + ": " + f.message()).toList();
  }

  @Test
  void aWrongLimitNamesTheSpecialInputAndWhatTheFunctionTendsTo() {
    List<String> found = failures("flawed_derivative_nan_at_infinity");
    assertTrue(found.contains("SPECIAL_INPUT: f'(∞) is NaN, but f' tends to 1"
        + " (f'(1.7976931348623157e308) = 1)"), found.toString());
    List<String> outputForm = failures("flawed_output_form_negative_y");
    assertTrue(outputForm.contains("SPECIAL_INPUT: f'(y) = 0.25 at y = f(-∞) = -0.5, but"
        + " f'(-∞) = 0"), outputForm.toString());
  }

  @Test
  void aFloatMethodThatDisagreesNamesTheMethodTheInputAndBothValues() {
    List<String> found = failures("flawed_float_derivative");
    String number = "-?[0-9.]+(E-?[0-9]+)?";
    assertTrue(found.stream().anyMatch(m -> m.matches("FLOAT: derivativeFloat at x = " + number
        + " gives " + number + ", the rounded double result is " + number)), found.toString());
  }
}
