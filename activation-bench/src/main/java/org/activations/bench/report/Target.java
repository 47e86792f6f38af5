package org.activations.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A performance target: results of one benchmark method (in classes matching a pattern, for the
 * listed functions, at the given parameters) must take at most {@code limit} times the time of a
 * baseline method of the same run at the same parameters.
 *
 * @param label what the target says, for the table
 * @param classes the benchmark classes it applies to
 * @param method the benchmark method
 * @param functions the values of the {@code function} parameter it applies to; empty for all
 * @param params other parameters a result must have
 * @param baseline the baseline method
 * @param limit the largest ratio that meets the target
 */
public record Target(String label, Pattern classes, String method, Set<String> functions,
    Map<String, String> params, String baseline, double limit) {

  /** Copies the collections. */
  public Target {
    functions = Set.copyOf(functions);
    params = Map.copyOf(params);
  }

  /** The smooth functions of {@code PackPairedBenchmark} timed against a naive loop. */
  private static final List<String> NAIVE_LOOPED = List.of("swish", "gelu_tanh", "mish",
      "softplus", "log_sigmoid", "elu", "selu", "celu");
  private static final Map<String, String> FLOAT_8MI = Map.of("type", "float", "size", "8388608");
  private static final Map<String, String> FLOAT_256KI = Map.of("type", "float", "size", "262144");
  private static final Pattern NOT_VECTOR = Pattern.compile("^(?!Vector).*");

  /**
   * The targets of issue 14 (memory-bound forwards and output-form backwards on JDK 17 at 8 Mi
   * floats) and of the earlier kernel issue (sigmoid and tanh at 256 Ki floats).
   */
  public static final List<Target> DEFAULTS = Stream.concat(Stream.of(
      new Target("memory-bound forward ≤ 1.2 × arraycopy", NOT_VECTOR, "forward",
          Set.of("linear", "relu", "binary_step", "leaky_relu", "prelu", "rrelu", "relu6",
              "hard_tanh", "hard_sigmoid", "hard_swish", "hardshrink", "softshrink", "threshold"),
          FLOAT_8MI, "arraycopy", 1.2),
      new Target("output-form backward ≤ 1.2 × multiply loop", NOT_VECTOR, "backward", Set.of(),
          FLOAT_8MI, "multiply", 1.2),
      new Target("default sigmoid ≤ 1.1 × naive loop", Pattern.compile("^ActivationBenchmark$"),
          "forward", Set.of("sigmoid"), FLOAT_256KI, "naiveSigmoid", 1.1),
      new Target("default tanh ≤ 0.5 × Math.tanh loop", Pattern.compile("^ActivationBenchmark$"),
          "forward", Set.of("tanh"), FLOAT_256KI, "mathTanh", 0.5),
      new Target("vector sigmoid ≤ 1/10 of naive loop", Pattern.compile("^Vector"),
          "vectorForward", Set.of("sigmoid"), FLOAT_256KI, "naiveSigmoid", 0.1),
      new Target("vector tanh ≤ 1/40 of Math.tanh loop", Pattern.compile("^Vector"),
          "vectorForward", Set.of("tanh"), FLOAT_256KI, "mathTanh", 0.025)),
      Stream.concat(packTargets(), pairedPackTargets())).toList();

  /**
   * Issue 11's targets for the pack's smooth functions (PackBenchmark, 1 Mi elements, float and
   * double): each forward at most 1.1 × its naive formula's loop, gelu at most 2 × swish; on the
   * vector engine (VectorPackBenchmark, floats), at most 1/5 of the naive loop.
   */
  private static Stream<Target> packTargets() {
    Pattern pack = Pattern.compile("^PackBenchmark$");
    Map<String, String> vectorParams = Map.of("type", "float", "size", "1048576");
    Stream<Target> vector = Stream.of("swish", "geluTanh", "mish", "softplus", "logSigmoid", "elu",
        "selu", "celu").map(f -> new Target("vector " + f + " ≤ 1/5 of its naive loop",
            Pattern.compile("^VectorPackBenchmark$"), f, Set.of(), vectorParams,
            "naive" + Character.toUpperCase(f.charAt(0)) + f.substring(1) + "Loop", 0.2));
    return Stream.concat(vector, Stream.of("float", "double").flatMap(type -> {
      Map<String, String> params = Map.of("type", type, "size", "1048576");
      return Stream.concat(Stream.of("swish", "geluTanh", "mish", "softplus", "logSigmoid", "elu",
          "selu", "celu").map(f -> new Target(f + " ≤ 1.1 × its naive loop", pack, f, Set.of(),
              params, "naive" + Character.toUpperCase(f.charAt(0)) + f.substring(1) + "Loop", 1.1)),
          Stream.of(new Target("gelu ≤ 2 × swish", pack, "gelu", Set.of(), params, "swish", 2)));
    }));
  }

  /**
   * The same targets for the paired runs (PackPairedBenchmark and, on the vector engine,
   * VectorPackPairedBenchmark), whose ratios come from kernel and baseline timed in alternation.
   */
  private static Stream<Target> pairedPackTargets() {
    Pattern pack = Pattern.compile("^PackPairedBenchmark$");
    Pattern vector = Pattern.compile("^VectorPackPairedBenchmark$");
    Map<String, String> vectorParams = Map.of("type", "float", "size", "1048576");
    Stream<Target> onVector = NAIVE_LOOPED.stream().map(f -> new Target("vector " + f
        + " ≤ 1/5 of its naive loop (paired)", vector, "forward", Set.of(f), vectorParams,
        pairedPackBaseline(f), 0.2));
    return Stream.concat(onVector, Stream.of("float", "double").flatMap(type -> {
      Map<String, String> params = Map.of("type", type, "size", "1048576");
      return Stream.concat(NAIVE_LOOPED.stream(), Stream.of("gelu")).map(f -> new Target(
          f + (f.equals("gelu") ? " ≤ 2 × swish" : " ≤ 1.1 × its naive loop") + " (paired)",
          pack, "forward", Set.of(f), params, pairedPackBaseline(f), f.equals("gelu") ? 2 : 1.1));
    }));
  }

  /**
   * The baseline a PackPairedBenchmark result was timed against: {@code swish} for gelu, else
   * the function's naive loop by its PackBenchmark name ({@code gelu_tanh}: naiveGeluTanhLoop).
   */
  public static String pairedPackBaseline(String function) {
    if (function.equals("gelu")) {
      return "swish";
    }
    StringBuilder name = new StringBuilder("naive");
    for (String part : function.split("_")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.append("Loop").toString();
  }

  /** True if {@code r} is a result this target judges. */
  boolean applies(JmhResult r) {
    return classes.matcher(r.className()).find() && r.method().equals(method)
        && (functions.isEmpty() || functions.contains(r.params().get("function")))
        && params.entrySet().stream().allMatch(e -> e.getValue().equals(r.params().get(e.getKey())));
  }
}
