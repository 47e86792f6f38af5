package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.junit.jupiter.api.Test;

/** Which new instances the first-calls race may skip: only those with nothing of their own to build. */
class InstanceStateTest {
  private static final ActivationInfo INFO = Softsign.info("stateful").build();

  /** Softsign, with whatever fields a subclass adds. */
  abstract static class Base implements Activation {
    @Override
    public ActivationInfo info() {
      return INFO;
    }

    @Override
    public double apply(double x) {
      return Softsign.f(x);
    }

    @Override
    public double derivative(double x) {
      return Softsign.df(x);
    }
  }

  static final class Constants extends Base {
    private final double slope = 0.5;
    private final String spec = "stateful(slope=0.5)";
    private final ActivationInfo info = INFO;
    private final Double boxed = 1.0;
  }

  static final class LazyTable extends Base {
    private double[] table;
  }

  static final class FinalTable extends Base {
    private final double[] table = new double[16];
  }

  static final class Strategy extends Base {
    private final DoubleUnaryOperator kernel = x -> x;
  }

  static class MutableParent extends Base {
    private volatile boolean built;
  }

  static final class FinalChild extends MutableParent {
    private final double slope = 1;
  }

  static final class StaticConstants extends Base {
    private static final double SCALE = 2;
    private static final String NAME = "constants";
    private final int order = 3;
  }

  /** A static cache that a new instance's constructor resets, and its first calls fill again. */
  static final class StaticCache extends Base {
    private static double[] cache;
    private final int order = 3;

    StaticCache() {
      cache = null;
    }
  }

  /** Per-instance tables kept in a static map keyed by the instance. */
  static final class TablesByInstance extends Base {
    private static final java.util.Map<Object, double[]> TABLES = new java.util.HashMap<>();
  }

  /** A record's components are final fields; an array among them can be filled later. */
  record Tabled(double[] table) {}

  static final class RecordField extends Base {
    private final Tabled tabled = new Tabled(new double[4]);
  }

  enum Mode { FAST, EXACT }

  static final class EnumField extends Base {
    private final Mode mode = Mode.FAST;
  }

  @Test
  void theSharedInstanceAndFinalImmutableFieldsHaveNothingToBuild() {
    Constants c = new Constants();
    assertTrue(InstanceState.nothingToBuild(c, c), "the warmed instance itself");
    assertTrue(InstanceState.nothingToBuild(new Constants(), new Constants()));
    assertTrue(InstanceState.nothingToBuild(new StaticConstants(), new StaticConstants()),
        "static constants of immutable types");
  }

  @Test
  void anyFieldThatCouldBeFilledLaterIsRaced() {
    assertFalse(InstanceState.nothingToBuild(new LazyTable(), new LazyTable()), "a non-final field");
    assertFalse(InstanceState.nothingToBuild(new FinalTable(), new FinalTable()), "a final array");
    assertFalse(InstanceState.nothingToBuild(new Strategy(), new Strategy()),
        "a final field of a type whose values may change");
    assertFalse(InstanceState.nothingToBuild(new FinalChild(), new FinalChild()),
        "a superclass's mutable field");
    assertFalse(InstanceState.nothingToBuild(new Constants(), new LazyTable()),
        "a new instance of another class");
    assertFalse(InstanceState.nothingToBuild(new StaticCache(), new StaticCache()),
        "a static field that a constructor may reset");
    assertFalse(InstanceState.nothingToBuild(new TablesByInstance(), new TablesByInstance()),
        "a static map that may hold tables by instance");
    assertFalse(InstanceState.nothingToBuild(new RecordField(), new RecordField()),
        "a record with an array component");
    assertFalse(InstanceState.nothingToBuild(new EnumField(), new EnumField()),
        "a type not known to be immutable");
  }
}
