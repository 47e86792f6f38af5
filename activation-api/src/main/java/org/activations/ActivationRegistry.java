package org.activations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.activations.internal.Names;
import org.activations.internal.ServiceDiscovery;
import org.activations.internal.Spec;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * The activations available at run time, discovered through {@link java.util.ServiceLoader}.
 *
 * <p>Look a function up by its name or an alias; lookups ignore case, {@code -}, {@code _} and
 * spaces, so {@code Binary-Step} finds {@code binary_step}. Every list comes sorted by canonical name.
 * A registry is immutable and safe to share between threads; to add plugins, load a new one from a
 * class loader that sees them.
 *
 * <pre>{@code
 * ActivationRegistry registry = ActivationRegistry.load();
 * Activation sigmoid = registry.get("sigmoid");
 * double y = sigmoid.apply(0.5);
 * double dy = sigmoid.derivativeFromOutput(y);
 * }</pre>
 *
 * <p>Providers that cannot be registered (a missing class, a constructor that throws, invalid
 * metadata, a name claimed twice or reserved) are left out and listed by {@link #problems()}; they
 * never stop the others from loading.
 *
 * @since 0.1
 */
public final class ActivationRegistry {
  /** Names of the built-in functions: only the built-in module may claim them. */
  private static final Set<String> RESERVED = Set.of(
      "sigmoid", "logistic", "tanh", "relu", "linear", "identity", "binarystep", "step");
  private static final String BUILTIN_PACKAGE = "org.activations.builtin";

  private final Map<String, Registration> byKey;
  private final Map<String, List<String>> ambiguous;
  private final List<Registration> registrations;
  private final List<LoadProblem> problems;

  /**
   * A registered provider and where it came from.
   *
   * @param provider the provider
   * @param origin {@code module NAME}, {@code jar PATH} or {@code folder PATH}
   */
  public record Registration(ActivationProvider provider, String origin) {
    /** The provider's canonical name. */
    public String name() {
      return provider.name();
    }
  }

  private ActivationRegistry(ServiceDiscovery.Result result) {
    List<LoadProblem> found = new ArrayList<>(result.problems());
    List<Registration> valid = new ArrayList<>();
    for (ServiceDiscovery.Found f : result.found()) {
      Registration r = new Registration(f.provider(), f.origin());
      validate(r).ifPresentOrElse(found::add, () -> valid.add(r));
    }
    Map<String, List<Registration>> claims = new HashMap<>();
    for (Registration r : valid) {
      for (String name : namesOf(r.provider())) {
        claims.computeIfAbsent(Names.key(name), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, List<String>> clashes = new TreeMap<>();
    Set<Registration> clashing = new HashSet<>();
    claims.forEach((key, claimants) -> {
      if (claimants.size() > 1) {
        List<String> described = claimants.stream()
            .map(r -> r.provider().getClass().getName() + " (" + r.origin() + ")").sorted().toList();
        clashes.put(key, described);
        clashing.addAll(claimants);
      }
    });
    for (Registration r : clashing) {
      List<String> names = namesOf(r.provider()).stream()
          .filter(n -> clashes.containsKey(Names.key(n))).toList();
      found.add(new LoadProblem(LoadProblem.Kind.DUPLICATE_NAME, r.provider().getClass().getName(),
          r.origin(), "claims " + names + ", also claimed by another provider: "
              + String.join(" and ", clashes.get(Names.key(names.get(0))))
              + "; keep only one of them on the path"));
    }
    Map<String, Registration> keys = new HashMap<>();
    List<Registration> registered = new ArrayList<>();
    for (Registration r : valid) {
      if (!clashing.contains(r)) {
        registered.add(r);
        namesOf(r.provider()).forEach(n -> keys.put(Names.key(n), r));
      }
    }
    registered.sort((a, b) -> a.name().compareTo(b.name()));
    found.sort(LoadProblem.ORDER);
    this.byKey = Map.copyOf(keys);
    this.ambiguous = Map.copyOf(clashes);
    this.registrations = List.copyOf(registered);
    this.problems = List.copyOf(found);
  }

  /** The activations visible to the context class loader (or, without one, to this class's loader). */
  public static ActivationRegistry load() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return load(context != null ? context : ActivationRegistry.class.getClassLoader());
  }

  /**
   * The activations visible to {@code loader}: its class path and the named modules it defines.
   *
   * @throws NullPointerException if {@code loader} is null
   */
  public static ActivationRegistry load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return new ActivationRegistry(ServiceDiscovery.discover(loader));
  }

  /**
   * The activations provided by the modules of {@code layer} and its parent layers.
   *
   * @throws NullPointerException if {@code layer} is null
   */
  public static ActivationRegistry load(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer");
    return new ActivationRegistry(ServiceDiscovery.discover(layer));
  }

  /**
   * The function a spec names: {@code sigmoid}, or {@code leaky_relu(alpha=0.2)} with parameters
   * (the others keep their defaults). Names and aliases are looked up as everywhere; parameter names
   * are exact; values are decimal or hex-float numbers, checked against the provider's declared
   * intervals (no clamping, no NaN).
   *
   * @throws NullPointerException if {@code spec} is null
   * @throws IllegalArgumentException if {@code spec} is blank
   * @throws InvalidSpecException if the spec is malformed, names a parameter the provider does not
   *     have, or gives a value outside its interval
   * @throws UnknownActivationException if no provider has that name
   * @throws AmbiguousActivationException if several providers claim it
   */
  public Activation get(String spec) {
    Objects.requireNonNull(spec, "activation name must not be null");
    if (spec.isBlank()) {
      throw new IllegalArgumentException(
          "activation name must not be empty; known: " + String.join(", ", names()));
    }
    Spec parsed = Spec.parse(spec);
    ActivationProvider provider = provider(parsed.name());
    return provider.create(parameters(provider, parsed));
  }

  /** The provider's defaults, overridden by the spec's values, each checked. */
  private static Parameters parameters(ActivationProvider provider, Spec spec) {
    List<ParameterDescriptor> declared = provider.parameters();
    Map<String, ParameterDescriptor> byName = new LinkedHashMap<>();
    declared.forEach(d -> byName.put(d.name(), d));
    Map<String, ParameterDescriptor> byAlias = new LinkedHashMap<>();
    declared.forEach(d -> d.aliases().forEach(a -> byAlias.put(a, d)));
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : spec.values().entrySet()) {
      String key = e.getKey();
      ParameterDescriptor d = byName.containsKey(key) ? byName.get(key) : byAlias.get(key);
      if (d != null && given.put(d.name(), e.getValue()) != null) {
        throw new InvalidSpecException(spec.text(), provider.name() + ": parameter '" + d.name()
            + "' is given twice (once as '" + key + "', its alias or name); give it once");
      }
    }
    for (String key : spec.values().keySet()) {
      if (!byName.containsKey(key) && !byAlias.containsKey(key)) {
        String has = declared.isEmpty() ? "it has none"
            : "its parameters are " + String.join(", ", byName.keySet());
        String suggestion = Names.nearest(key, byName.keySet())
            .map(n -> "did you mean '" + n + "'? ").orElse("");
        throw new InvalidSpecException(spec.text(), provider.name() + " has no parameter '" + key
            + "'; " + suggestion + has);
      }
    }
    if (declared.isEmpty()) {
      return Parameters.none();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (ParameterDescriptor d : declared) {
      String text = given.get(d.name());
      double v = text == null ? d.defaultValue() : number(spec, provider, d, text);
      if (!d.accepts(v)) {
        throw new InvalidSpecException(spec.text(), provider.name() + ": " + d.name()
            + " must be in " + d.validInterval() + ", got " + text);
      }
      values.put(d.name(), v);
    }
    return Parameters.of(values);
  }

  private static double number(Spec spec, ActivationProvider provider, ParameterDescriptor d,
      String text) {
    try {
      if (text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")
          || text.matches("[+-]?0[xX][0-9a-fA-F]*(\\.[0-9a-fA-F]*)?[pP][+-]?\\d+")
          || text.matches("(?i)[+-]?(nan|inf|infinity)")) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("nan") ? Double.NaN : t.contains("inf")
            ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
            : Double.parseDouble(text);
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new InvalidSpecException(spec.text(), provider.name() + ": " + d.name() + " must be a number"
        + " in " + d.validInterval() + ", got '" + text + "'");
  }

  /**
   * The provider registered under {@code name} or an alias.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws UnknownActivationException if no provider has that name
   * @throws AmbiguousActivationException if several providers claim it
   */
  public ActivationProvider provider(String name) {
    return registration(name).provider();
  }

  /**
   * The registration (provider and origin) for {@code name} or an alias.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws UnknownActivationException if no provider has that name
   * @throws AmbiguousActivationException if several providers claim it
   */
  public Registration registration(String name) {
    Objects.requireNonNull(name, "activation name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "activation name must not be empty; known: " + String.join(", ", names()));
    }
    String key = Names.key(name);
    Registration r = byKey.get(key);
    if (r != null) {
      return r;
    }
    List<String> claimants = ambiguous.get(key);
    if (claimants != null) {
      throw new AmbiguousActivationException(name, claimants);
    }
    List<String> all = new ArrayList<>(byKey.size());
    byKey.values().forEach(reg -> all.addAll(namesOf(reg.provider())));
    String suggestion = Names.nearest(name, all)
        .map(n -> byKey.get(Names.key(n)).name())
        .orElse(null);
    throw new UnknownActivationException(name, names(), suggestion);
  }

  /** The provider for {@code name}, or empty if there is none (or the name is ambiguous). */
  public Optional<ActivationProvider> find(String name) {
    Objects.requireNonNull(name, "activation name must not be null");
    return Optional.ofNullable(byKey.get(Names.key(name))).map(Registration::provider);
  }

  /** The canonical names of all registered functions, sorted. */
  public List<String> names() {
    return registrations.stream().map(Registration::name).toList();
  }

  /** Every registered provider with its origin, sorted by canonical name. */
  public List<Registration> registrations() {
    return registrations;
  }

  /** Every provider that could not be registered, in a stable order. */
  public List<LoadProblem> problems() {
    return problems;
  }

  /** The default parameter values of {@code provider}. */
  static Parameters defaults(ActivationProvider provider) {
    List<ParameterDescriptor> parameters = provider.parameters();
    if (parameters.isEmpty()) {
      return Parameters.none();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
    return Parameters.of(values);
  }

  private static List<String> namesOf(ActivationProvider provider) {
    List<String> names = new ArrayList<>();
    names.add(provider.name());
    names.addAll(provider.aliases());
    return names;
  }

  /** The problem that keeps {@code r} out of the registry, if any. */
  private static Optional<LoadProblem> validate(Registration r) {
    ActivationProvider p = r.provider();
    String className = p.getClass().getName();
    try {
      String name = p.name();
      Names.checkCanonical(name, "name");
      List<String> aliases = Objects.requireNonNull(p.aliases(), "aliases() returned null");
      for (String alias : aliases) {
        Names.checkCanonical(alias, "alias");
      }
      List<ParameterDescriptor> parameters =
          Objects.requireNonNull(p.parameters(), "parameters() returned null");
      Set<String> parameterNames = new HashSet<>();
      for (ParameterDescriptor d : parameters) {
        Objects.requireNonNull(d, "parameters() contains null");
        if (!parameterNames.add(d.name())) {
          throw new IllegalArgumentException("parameter '" + d.name() + "' is declared twice");
        }
        for (String alias : d.aliases()) {
          if (!parameterNames.add(alias)) {
            throw new IllegalArgumentException("parameter alias '" + alias + "' of '" + d.name()
                + "' is already a parameter name or alias");
          }
        }
      }
      boolean builtin = className.startsWith(BUILTIN_PACKAGE + ".");
      if (!builtin) {
        for (String n : namesOf(p)) {
          if (RESERVED.contains(Names.key(n))) {
            return Optional.of(new LoadProblem(LoadProblem.Kind.RESERVED_NAME, className, r.origin(),
                "claims '" + n + "', a name reserved for the built-in functions; rename it"));
          }
        }
      }
      Activation f = Objects.requireNonNull(p.create(defaults(p)), "create() returned null");
      ActivationInfo info = Objects.requireNonNull(f.info(), "info() returned null");
      if (!info.name().equals(name)) {
        throw new IllegalArgumentException("provider name '" + name
            + "' differs from the function's info().name() '" + info.name() + "'");
      }
      if (!info.aliases().equals(aliases.stream().sorted().toList())) {
        throw new IllegalArgumentException("provider aliases " + aliases
            + " differ from the function's info().aliases() " + info.aliases());
      }
      return Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.of(new LoadProblem(LoadProblem.Kind.INVALID_PROVIDER, className, r.origin(),
          ServiceDiscovery.describe(e)));
    }
  }
}
