package org.activations.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.activations.Activation;
import org.activations.InvalidSpecException;
import org.activations.internal.Spec;
import org.activations.internal.SpecBinding;
import org.junit.jupiter.api.Test;

/** Parameter aliases (PyTorch's {@code negative_slope} for {@code alpha}): declared, bound, refused. */
class ParameterAliasTest {
  private static final ParameterDescriptor ALPHA =
      new ParameterDescriptor("alpha", "slope below 0", 0.01, 0, true, 1, false)
          .withAliases("negative_slope");

  private static final ActivationProvider PROVIDER = new ActivationProvider() {
    @Override
    public String name() {
      return "leaky";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(ALPHA);
    }

    @Override
    public Activation create(Parameters parameters) {
      throw new UnsupportedOperationException("not needed here");
    }
  };

  @Test
  void aDescriptorWithoutAliasesHasNone() {
    assertEquals(List.of(), new ParameterDescriptor("beta", "b", 1, 0, false, 2, true).aliases());
    assertEquals(List.of("negative_slope"), ALPHA.aliases());
  }

  @Test
  void anAliasBindsToItsParameter() {
    Parameters p = SpecBinding.bind(PROVIDER, Spec.parse("leaky(negative_slope=0.2)"));
    assertEquals(0.2, p.get("alpha"));
    assertEquals("leaky(alpha=0.2)", p.spec("leaky"));
  }

  @Test
  void aParameterGivenUnderBothNamesIsRefused() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () ->
        SpecBinding.bind(PROVIDER, Spec.parse("leaky(alpha=0.1, negative_slope=0.2)")));
    assertEquals("leaky: parameter 'alpha' is given twice (once as 'negative_slope', its alias or"
        + " name); give it once", e.getMessage());
  }

  @Test
  void anAliasThatRepeatsTheNameOrIsNotSnakeCaseIsRefused() {
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
        () -> ALPHA.withAliases("alpha"));
    assertEquals("parameter alpha: alias 'alpha' repeats the name; drop the alias",
        same.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ALPHA.withAliases("Negative-Slope"));
  }
}
