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

  static final class StaticCache extends Base {
    private static double[] cache;
    private final int order = 3;
  }

  @Test
  void theSharedInstanceAndFinalImmutableFieldsHaveNothingToBuild() {
    Constants c = new Constants();
    assertTrue(InstanceState.nothingToBuild(c, c), "the warmed instance itself");
    assertTrue(InstanceState.nothingToBuild(new Constants(), new Constants()));
    assertTrue(InstanceState.nothingToBuild(new StaticCache(), new StaticCache()),
        "static state is shared with the warmed instance");
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
  }
}
