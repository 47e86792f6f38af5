package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
  private static final String EXPECTED =
      "expected a decimal (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity";

  @Test
  void sigmoidDerivativeInHexIsCorrectlyRounded() {
    Cli r = Cli.run("0\n40\n-800\n", "eval", "sigmoid", "--derivative", "--hex");
    // Reference: sigmoid'(40) = 0x1.39792499b1a24p-58; sigmoid'(-800) rounds to 0.
    assertEquals(new Cli(0, "0x1.0p-2\n0x1.39792499b1a24p-58\n0x0.0p0\n", ""), r);
  }

  @Test
  void readsDecimalsHexFloatsAndSpecialValues() {
    Cli r = Cli.run("1.5\n-0x1.8p1\nNaN\nInfinity\n-Infinity\n  2e0 \r\n-0\n", "eval", "relu");
    assertEquals(new Cli(0, "1.5\n0.0\nNaN\nInfinity\n0.0\n2.0\n0.0\n", ""), r);
  }

  @Test
  void derivativeFromOutputReadsOutputs() {
    Cli r = Cli.run("0.5\n0.25\n", "eval", "logistic", "--derivative-from-output");
    assertEquals(new Cli(0, "0.25\n0.1875\n", ""), r);
  }

  @Test
  void floatModeComputesInSinglePrecision() {
    Cli r = Cli.run("1\n0x1.0p-2\n", "eval", "tanh", "--float", "--hex");
    assertEquals(0, r.status());
    assertEquals(Float.toHexString((float) Math.tanh(1.0)) + "\n"
        + Float.toHexString((float) Math.tanh(0.25)) + "\n", r.out());
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertEquals(new Cli(0, "", ""), Cli.run("", "eval", "tanh"));
  }

  @Test
  void badLinesAreNamedByNumberWithExitStatusTwo() {
    assertEquals(new Cli(2, "0.7615941559557649\n",
        "activations: line 2: empty line; " + EXPECTED + "\n"), Cli.run("1\n\n3\n", "eval", "tanh"));
    assertEquals(new Cli(2, "", "activations: line 1: 'abc' is not a number; " + EXPECTED + "\n"),
        Cli.run("abc\n", "eval", "tanh"));
    assertEquals(new Cli(2, "", "activations: line 1: '0x' is not a number; " + EXPECTED + "\n"),
        Cli.run("0x\n", "eval", "tanh"));
    assertEquals(new Cli(2, "", "activations: line 1: '1d' is not a number; " + EXPECTED + "\n"),
        Cli.run("1d\n", "eval", "tanh"));
    assertEquals(new Cli(2, "", "activations: line 1: '1e999999' is outside the double range"
        + " (largest finite value 1.7976931348623157E308); write Infinity for infinity\n"),
        Cli.run("1e999999\n", "eval", "tanh"));
    assertEquals(new Cli(2, "", "activations: line 1: '1e39' is outside the float range"
        + " (largest finite value 3.4028235E38); write Infinity for infinity\n"),
        Cli.run("1e39\n", "eval", "tanh", "--float"));
  }

  @Test
  void aMegabyteLineIsRefusedWithoutHoldingIt() {
    String line = "1".repeat(1 << 20);
    Cli r = Cli.run(line + "\n", "eval", "linear");
    assertEquals(new Cli(2, "", "activations: line 1: longer than 1000 characters (1048576); "
        + EXPECTED + "\n"), r);
  }

  @Test
  void binaryInputIsRefusedOnOneLine() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    Cli r = Cli.run(binary, "eval", "sigmoid");
    assertEquals(2, r.status());
    assertEquals("activations: line 1: '?PNG????' is not a number; " + EXPECTED + "\n",
        r.err().replace("\uFFFD", "?"));
  }

  @Test
  void unknownFunctionSuggestsAndListsWithoutStackTrace() {
    Cli r = Cli.run("1\n", "eval", "sigmod");
    assertEquals(new Cli(2, "", "activations: unknown activation 'sigmod'; did you mean 'sigmoid'?"
        + " known: binary_step, linear, relu, sigmoid, tanh; to use a plugin's functions, give its"
        + " jar with --plugin-path JAR (the plugin pack: --with-pack)\n"), r);
  }

  @Test
  void usageErrorsExitWithTwoAndPointToHelp() {
    Cli missing = Cli.run("", "eval");
    assertEquals(2, missing.status());
    assertEquals("activations: Missing required parameter: 'NAME' (see 'activations eval --help')\n",
        missing.err());
    Cli both = Cli.run("", "eval", "relu", "--derivative", "--derivative-from-output");
    assertEquals(2, both.status());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
    Cli unknownOption = Cli.run("", "eval", "relu", "--bogus");
    assertEquals(2, unknownOption.status());
    assertTrue(unknownOption.err().startsWith("activations: Unknown option: '--bogus'"));
    assertFalse(unknownOption.err().contains("\tat "), "no stack trace");
  }

  @Test
  void helpAndVersionExitWithZero() {
    Cli help = Cli.run("", "eval", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--derivative-from-output"));
    Cli version = Cli.run("", "--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("activations "), version.out());
  }

  @Test
  void outputIsUtf8() {
    Cli r = Cli.run("", "list");
    assertTrue(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
        .contains("(-∞, ∞)"));
  }
}
