package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.BACKWARD;

import java.util.List;
import org.activations.BatchArguments;

/**
 * tanh with a right scalar derivative and a fused backward pass that is not upstream · f'
 * elementwise: no upstream, a misplaced offset, two passes that break in place, the wrong float
 * form, the input form applied to outputs.
 */
final class BackwardFlaws {
  private BackwardFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new IgnoresUpstream.Provider(), "tanh whose backward returns f'(y) and ignores the"
            + " upstream gradient", "backward with upstream = 3", BACKWARD),
        flawed(new MisplacedOffset.Provider(), "tanh whose backward writes gradIn[i - offset]"
            + " instead of gradIn[i]", "backward with offset 2", BACKWARD),
        flawed(new TwoPassInPlace.Provider(), "tanh whose backward stores f'(y) in gradIn, then"
            + " multiplies by upstream: in place (gradIn = upstream) it gives f'^2",
            "backward in place", BACKWARD),
        flawed(new FloatWrongForm.Provider(), "tanh whose float backward applies derivativeFloat"
            + " (the input form) to the outputs y", "float backward at y = 0.5", BACKWARD),
        flawed(new InputFormOnOutputs.Provider(), "tanh whose double backward applies"
            + " derivative(y) (the input form) to the outputs y", "backward at y = 0.5",
            BACKWARD));
  }

  private static void check(double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    BatchArguments.checkBackward(true, null, 0, y, BatchArguments.length(y), upstream,
        BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset, length);
  }

  /** Backward without the upstream factor. */
  static final class IgnoresUpstream extends Shapes.TanhWithOutput {
    IgnoresUpstream() {
      super(info("flawed_backward_ignores_upstream", "tanh with a fused backward").build());
    }

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {
      check(y, upstream, gradIn, offset, length);
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = derivativeFromOutput(y[i]);
      }
    }

    /** Registers {@code flawed_backward_ignores_upstream}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(IgnoresUpstream::new);
      }
    }
  }

  /** Backward that writes its results from index 0. */
  static final class MisplacedOffset extends Shapes.TanhWithOutput {
    MisplacedOffset() {
      super(info("flawed_backward_offset", "tanh with a fused backward").build());
    }

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {
      check(y, upstream, gradIn, offset, length);
      for (int i = offset; i < offset + length; i++) {
        gradIn[i - offset] = upstream[i] * derivativeFromOutput(y[i]);
      }
    }

    /** Registers {@code flawed_backward_offset}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(MisplacedOffset::new);
      }
    }
  }

  /** Backward in two passes through gradIn. */
  static final class TwoPassInPlace extends Shapes.TanhWithOutput {
    TwoPassInPlace() {
      super(info("flawed_backward_two_pass_in_place", "tanh with a two-pass backward").build());
    }

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {
      check(y, upstream, gradIn, offset, length);
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = derivativeFromOutput(y[i]);
      }
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] *= upstream[i];
      }
    }

    /** Registers {@code flawed_backward_two_pass_in_place}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TwoPassInPlace::new);
      }
    }
  }

  /** Float backward with the input-form derivative applied to y. */
  static final class FloatWrongForm extends Shapes.TanhWithOutput {
    FloatWrongForm() {
      super(info("flawed_backward_float_wrong_form", "tanh with a float backward").build());
    }

    @Override
    public void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
        int length) {
      BatchArguments.checkBackward(true, null, 0, y, BatchArguments.length(y), upstream,
          BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset, length);
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * derivativeFloat(y[i]);
      }
    }

    /** Registers {@code flawed_backward_float_wrong_form}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FloatWrongForm::new);
      }
    }
  }

  /** Double backward with the input-form derivative applied to y. */
  static final class InputFormOnOutputs extends Shapes.TanhWithOutput {
    InputFormOnOutputs() {
      super(info("flawed_backward_input_form_on_outputs", "tanh with a fused backward").build());
    }

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {
      check(y, upstream, gradIn, offset, length);
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * derivative(y[i]);
      }
    }

    /** Registers {@code flawed_backward_input_form_on_outputs}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(InputFormOnOutputs::new);
      }
    }
  }
}
