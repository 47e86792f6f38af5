package org.activations.pack;

import java.math.BigDecimal;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * SELU (torch.nn.SELU, Klambauer et al. 2017): λ·x for x &gt; 0, λ·α·(e^x − 1) otherwise, with the
 * exact decimals of PyTorch's documentation for λ and α. λ and λ·α are held as double-doubles of
 * those decimals, so λ·x is correctly rounded and f'(0) = λ·α (PyTorch's kernel takes its x &le; 0
 * branch at the kink) is the correctly rounded product.
 */
final class Selu extends ExpLinearUnit {
  static final String NAME = "selu";
  /** λ and α, to the digits given in torch.nn.SELU's documentation. */
  static final String SCALE_TEXT = "1.0507009873554804934193349852946";
  static final String ALPHA_TEXT = "1.6732632423543772848170429916717";
  private static final BigDecimal SCALE = new BigDecimal(SCALE_TEXT);
  private static final BigDecimal SCALE_ALPHA = SCALE.multiply(new BigDecimal(ALPHA_TEXT));

  private Selu() {
    super(NAME, NAME, "scaled ELU with the self-normalising constants of Klambauer et al. (2017)",
        SCALE.doubleValue(), low(SCALE), SCALE_ALPHA.doubleValue(), low(SCALE_ALPHA), 1);
  }

  /** What is left of {@code v} after its nearest double. */
  private static double low(BigDecimal v) {
    return v.subtract(new BigDecimal(v.doubleValue())).doubleValue();
  }

  /** Registers {@code selu}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Activation create(Parameters p) {
      return new Selu();
    }
  }
}
