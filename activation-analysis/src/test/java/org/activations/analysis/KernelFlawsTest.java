package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Batch, backward, float and thread-safety flaws, each on an otherwise correct softsign. */
class KernelFlawsTest {
  private static final PropertyAnalyzer ENGINE = new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED,
      java.time.Duration.ofSeconds(60)); // generous: these verdicts must not depend on the machine's load

  private static boolean fails(PropertyReport r, Concern concern) {
    return r.failures().stream().anyMatch(f -> f.concern() == concern);
  }

  @Test
  void aBatchKernelThatDisagreesFails() {
    TestFunction f = new TestFunction(Softsign.info("batchy").build(), Softsign::f, Softsign::df,
        Softsign::dfy) {
      @Override
      public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
        for (int i = 0; i < length; i++) {
          y[yOffset + i] = x[xOffset + i] / (1 + x[xOffset + i] * x[xOffset + i]);
        }
      }
    };
    PropertyReport r = ENGINE.analyze(f, "test");
    assertTrue(fails(r, Concern.BATCH), r.findings().toString());
  }

  @Test
  void aBackwardPassThatIgnoresTheUpstreamGradientFails() {
    TestFunction f = new TestFunction(Softsign.info("backwardy").build(), Softsign::f, Softsign::df,
        Softsign::dfy) {
      @Override
      public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
          int length) {
        for (int i = offset; i < offset + length; i++) {
          gradIn[i] = derivativeFromOutput(y[i]);
        }
      }
    };
    PropertyReport r = ENGINE.analyze(f, "test");
    assertTrue(fails(r, Concern.BACKWARD), r.findings().toString());
  }

  @Test
  void aFloatMethodThatDisagreesFails() {
    TestFunction f = new TestFunction(Softsign.info("floaty").build(), Softsign::f, Softsign::df,
        Softsign::dfy) {
      @Override
      public float applyFloat(float x) {
        return x / (1.001f + Math.abs(x));
      }
    };
    PropertyReport r = ENGINE.analyze(f, "test");
    assertTrue(fails(r, Concern.FLOAT), r.findings().toString());
  }

  @Test
  void aFunctionThatCachesItsLastInputInFieldsFailsUnderConcurrency() {
    TestFunction f = new TestFunction(Softsign.info("cachy").build(), Softsign::f, Softsign::df,
        Softsign::dfy) {
      // volatile, so the JIT keeps the two writes apart: the window in which another thread sees
      // the new input with the old value is real (a plain-field cache's window may be compiled away)
      private volatile double lastX = Double.NaN;
      private volatile double lastY;

      @Override
      public double apply(double x) {
        if (Double.doubleToLongBits(x) == Double.doubleToLongBits(lastX)) {
          return lastY;
        }
        lastX = x;
        Thread.yield(); // a slow computation: the window in which another thread reads a stale value
        double d = 1 + Math.abs(x);
        lastY = Double.isInfinite(x) ? Math.signum(x) : x / d;
        return lastY;
      }
    };
    PropertyReport r = ENGINE.analyze(f, "test");
    assertTrue(fails(r, Concern.THREAD_SAFETY), r.findings().toString());
  }
}
