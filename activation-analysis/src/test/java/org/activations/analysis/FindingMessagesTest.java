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

  /**
   * Three defects of one function, each in the words a plugin author acts on: a step down that is
   * not declared (with both values), the monotonicity it breaks (with the two points), and an
   * output-form derivative that answers NaN with a number.
   */
  @Test
  void anUndeclaredStepDownANonMonotonicStretchAndANumberForNaNAreEachNamed() {
    double step = 2.25;
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.info("stepped").build(),
        x -> Softsign.f(x) - (x >= step ? 1e-3 : 0), Softsign::df,
        y -> Double.isNaN(y) ? 0 : Softsign.dfy(y)), "test");
    List<String> found = r.failures().stream().map(f -> f.concern() + ": " + f.message()).toList();
    String number = "-?[0-9.]+(E-?[0-9]+)?";
    assertTrue(found.stream().anyMatch(m -> m.matches("CONTINUITY: f jumps at x = 2\\.25 \\("
        + number + " → " + number + "\\), not declared as a special point")), found.toString());
    assertTrue(found.stream().anyMatch(m -> m.matches("MONOTONIC: declared monotonic, but rises"
        + " overall but falls: f\\(2\\.2499[0-9]*\\) = 0\\.69[0-9]*, f\\(2\\.25[0-9]*\\) ="
        + " 0\\.69[0-9]*")), found.toString());
    assertTrue(found.contains("SPECIAL_INPUT: f'(y = NaN) = 0, not NaN"), found.toString());
  }

  /**
   * A correct function that is slow everywhere (a few µs a call) is analysed in its budget, and the
   * report says what that cost: the sweep thinned, by how much, and what may be missed.
   */
  @Test
  void aSlowFunctionIsThinnedToItsBudgetAndTheReportSaysByHowMuch() {
    // about 5 µs a point against the 1 that thinning starts at (4 s budget, about 1.2 M points)
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.inputOnly("slow").build(),
        x -> Softsign.f(x) - busy(x), x -> Softsign.df(x) - busy(x), null), "test");
    List<String> notVerified = r.findings().stream().filter(f -> !f.failed())
        .map(f -> f.concern() + ": " + f.message()).toList();
    assertTrue(r.passed(), r.failures().toString());
    assertTrue(notVerified.stream().anyMatch(m -> m.matches("TIMEOUT: f and f' take [0-9.]+ µs per"
        + " point: the sweep beyond \\[-6, 6\\] was thinned [0-9]+-fold \\(and the careful checks"
        + " with it\\) to fit the time budget, so a band of relative width below [0-9.e-]+ there may"
        + " be missed")), notVerified.toString());
    assertTrue(notVerified.stream().anyMatch(m -> m.matches("TIMEOUT: f and f' are slow: the far"
        + " sweep ran out of time at x = -?[0-9.e-]+ after [0-9]+ points, before one point per"
        + " relative width 0.002 \\(\\|x\\| > 1e10 and \\|x\\| < 1e-10\\): beyond it only the"
        + " thinner shared sample looked")), notVerified.toString());
  }

  /**
   * A function whose last bits are noise at large |x| offers more candidate jumps than are
   * examined: the report says how many were left and why, and the function still passes.
   */
  @Test
  void candidatesBeyondTheLimitAreCountedAndExplained() {
    CorpusEntry e = Corpus.named("tricky_cancelling_forward");
    PropertyReport r = ENGINE.analyze(e.factory().get(), e.factory(), "corpus");
    assertTrue(r.passed(), r.failures().toString());
    List<String> notVerified = r.findings().stream().filter(f -> !f.failed())
        .map(f -> f.concern() + ": " + f.message()).toList();
    assertTrue(notVerified.stream().anyMatch(m -> m.matches("CONTINUITY: [0-9]+ places where f might"
        + " jump or kink were not examined \\(more than 3000 candidates: f oscillates at the"
        + " sample's scale\\)")), notVerified.toString());
  }

  /** A few microseconds of work whose result is +0 (NaN for NaN), which the JIT cannot drop. */
  private static double busy(double x) {
    double acc = Math.min(Math.abs(x), 1);
    for (int i = 0; i < 300; i++) {
      acc = Math.sqrt(acc * acc + i);
    }
    return acc * 0;
  }

  /** An Error the guard lets through ends this function's analysis, which says where it was. */
  @Test
  void anErrorThatEscapesTheGuardStopsTheAnalysisAndNamesItsStage() {
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.inputOnly("escapes").build(), x -> {
      if (x == 2.5) {
        throw new OutOfMemoryError("a table of 2^40 entries");
      }
      return Softsign.f(x);
    }, Softsign::df, null), "test");
    List<String> found = r.failures().stream().map(f -> f.concern() + ": " + f.message()).toList();
    assertTrue(found.contains("THROWS: the analysis stopped in its kernels stage:"
        + " java.lang.OutOfMemoryError:"
        + " a table of 2^40 entries (the rest of this function's analysis is lost; the other"
        + " functions' go on)"), found.toString());
  }

  /** A NaN from the output form names the output and the input it came from. */
  @Test
  void aNanFromTheOutputFormNamesTheOutputAndItsInput() {
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.info("nan_output_form").build(),
        Softsign::f, Softsign::df, y -> y == 0.75 ? Double.NaN : Softsign.dfy(y)), "test");
    List<String> found = r.failures().stream().map(f -> f.concern() + ": " + f.message()).toList();
    assertTrue(found.contains("DERIVATIVE_FROM_OUTPUT: f'(y) is NaN for y = f(3) = 0.75"),
        found.toString());
  }
}
