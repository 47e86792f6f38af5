package org.activations.tools.render;

import java.util.Map;
import java.util.Set;

/** The LaTeX commands {@link MathMarkup} knows by name: Greek letters, operators, spaces, functions. */
final class MathSymbols {
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"),
      Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
      Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"),
      Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
      Map.entry("tau", "τ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
      Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
      Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
      Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
      Map.entry("Omega", "Ω"), Map.entry("infty", "∞"));
  private static final Map<String, String> OPERATORS = Map.ofEntries(
      Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
      Map.entry("ne", "≠"), Map.entry("neq", "≠"), Map.entry("cdot", "·"), Map.entry("times", "×"),
      Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("to", "→"), Map.entry("in", "∈"),
      Map.entry("approx", "≈"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"),
      Map.entry("lvert", "|"), Map.entry("rvert", "|"), Map.entry("vert", "|"),
      Map.entry("mid", "|"), Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("|", "‖"),
      Map.entry("lbrace", "{"), Map.entry("rbrace", "}"), Map.entry("langle", "⟨"),
      Map.entry("rangle", "⟩"));
  private static final Map<String, String> SPACES = Map.of(",", "0.1667em", ";", "0.2778em",
      ":", "0.2222em", " ", "0.25em", "quad", "1em", "qquad", "2em", "!", "0em");
  private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan",
      "sinh", "cosh", "tanh", "exp", "log", "ln", "max", "min", "erf", "sgn", "arctan", "lg");

  private MathSymbols() {}

  /** The element for the command {@code \name}: a letter, an operator, a space or a name. */
  static String element(String name) {
    if (SYMBOLS.containsKey(name)) {
      return "<mi>" + SYMBOLS.get(name) + "</mi>";
    }
    if (OPERATORS.containsKey(name)) {
      return "<mo>" + MathMarkup.escape(OPERATORS.get(name)) + "</mo>";
    }
    if (SPACES.containsKey(name)) {
      return "<mspace width=\"" + SPACES.get(name) + "\"/>";
    }
    if (FUNCTIONS.contains(name)) {
      return "<mi>" + name + "</mi>";
    }
    return "<mi mathvariant=\"normal\">" + MathMarkup.escape(name) + "</mi>";
  }
}
