package org.activations.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.activations.Activation;
import org.activations.AmbiguousActivationException;
import org.activations.InvalidSpecException;
import org.activations.LoadProblem;
import org.activations.NameRule;
import org.activations.UnknownActivationException;
import org.activations.internal.NameClaims;
import org.activations.internal.ProviderCheck;
import org.activations.internal.ServiceDiscovery;
import org.activations.internal.Spec;
import org.activations.internal.SpecBinding;
import org.activations.spi.ActivationProvider;
import org.apiguardian.api.API;

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
@API(status = STABLE, since = "0.1")
public final class ActivationRegistry {
  private final Map<String, Registration> byKey;
  private final Map<String, List<String>> ambiguous;
  private final List<Registration> registrations;
  private final List<LoadProblem> problems;

  /**
   * A registered provider and where it came from.
   *
   * @param provider the provider
   * @param origin {@code module NAME}, {@code jar PATH} or {@code folder PATH}
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public record Registration(ActivationProvider provider, String origin) {
    /**
     * The provider's canonical name.
     *
     * @return {@code provider().name()}
     */
    public String name() {
      return provider.name();
    }
  }

  private ActivationRegistry(ServiceDiscovery.Result discovered) {
    List<LoadProblem> found = new ArrayList<>(discovered.problems());
    List<ServiceDiscovery.Found> valid = new ArrayList<>();
    discovered.found().forEach(f -> ProviderCheck.check(f).ifPresentOrElse(found::add, () -> valid.add(f)));
    NameClaims claims = NameClaims.of(valid);
    found.addAll(claims.problems());
    found.sort(LoadProblem.ORDER);
    this.registrations = claims.registered().stream()
        .map(f -> new Registration(f.provider(), f.origin())).toList();
    Map<ActivationProvider, Registration> byProvider = registrations.stream()
        .collect(Collectors.toMap(Registration::provider, r -> r));
    this.byKey = claims.byKey().entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> byProvider.get(e.getValue().provider())));
    this.ambiguous = claims.ambiguous();
    this.problems = List.copyOf(found);
  }

  /**
   * The activations visible to the context class loader (or, without one, to this class's loader).
   *
   * @return a new registry
   */
  public static ActivationRegistry load() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return load(context != null ? context : ActivationRegistry.class.getClassLoader());
  }

  /**
   * The activations visible to {@code loader}: its class path and the named modules it defines.
   *
   * @param loader the class loader to discover from
   * @return a new registry
   * @throws NullPointerException if {@code loader} is null
   */
  public static ActivationRegistry load(ClassLoader loader) {
    return new ActivationRegistry(ServiceDiscovery.discover(Objects.requireNonNull(loader, "loader")));
  }

  /**
   * The activations provided by the modules of {@code layer} and its parent layers.
   *
   * @param layer the module layer to discover from
   * @return a new registry
   * @throws NullPointerException if {@code layer} is null
   */
  public static ActivationRegistry load(ModuleLayer layer) {
    return new ActivationRegistry(ServiceDiscovery.discover(Objects.requireNonNull(layer, "layer")));
  }

  /**
   * The function a spec names: {@code sigmoid}, or {@code leaky_relu(alpha=0.2)} with parameters
   * (the others keep their defaults). Names are looked up as by {@link #registration(String)};
   * parameter names are exact; values are read by {@link org.activations.NumberLiterals} and checked
   * against the provider's declared intervals (no clamping, no NaN).
   *
   * @param spec the spec
   * @return a new function
   * @throws NullPointerException if {@code spec} is null
   * @throws IllegalArgumentException if {@code spec} is blank
   * @throws InvalidSpecException if the spec is malformed, names a parameter the provider does not
   *     have, or gives a value outside its interval
   * @throws UnknownActivationException if no provider has that name
   * @throws AmbiguousActivationException if several providers claim it
   */
  public Activation get(String spec) {
    Spec parsed = Spec.parse(checked(spec));
    ActivationProvider provider = provider(parsed.name());
    return provider.create(SpecBinding.bind(provider, parsed));
  }

  /**
   * The provider registered under {@code name} or an alias.
   *
   * @param name a name or alias, as a user wrote it
   * @return its provider
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
   * @param name a name or alias, as a user wrote it
   * @return its registration
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws UnknownActivationException if no provider has that name
   * @throws AmbiguousActivationException if several providers claim it
   */
  public Registration registration(String name) {
    String key = NameRule.key(checked(name));
    Registration r = byKey.get(key);
    if (r != null) {
      return r;
    }
    if (ambiguous.containsKey(key)) {
      throw new AmbiguousActivationException(name, ambiguous.get(key));
    }
    List<String> all = new ArrayList<>(byKey.size());
    byKey.values().forEach(reg -> all.addAll(reg.provider().aliases()));
    all.addAll(names());
    String suggestion = NameRule.nearest(name, all).map(n -> byKey.get(NameRule.key(n)).name()).orElse(null);
    throw new UnknownActivationException(name, names(), suggestion);
  }

  /**
   * The provider for {@code name}, if there is exactly one.
   *
   * @param name a name or alias, as a user wrote it
   * @return its provider, or empty if there is none or the name is ambiguous
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<ActivationProvider> find(String name) {
    Objects.requireNonNull(name, "activation name must not be null");
    return Optional.ofNullable(byKey.get(NameRule.key(name))).map(Registration::provider);
  }

  /**
   * The canonical names of all registered functions.
   *
   * @return the names, sorted
   */
  public List<String> names() {
    return registrations.stream().map(Registration::name).toList();
  }

  /**
   * Every registered provider with its origin.
   *
   * @return the registrations, sorted by canonical name
   */
  public List<Registration> registrations() {
    return registrations;
  }

  /**
   * Every provider that could not be registered.
   *
   * @return the problems, in {@link LoadProblem#ORDER}
   */
  public List<LoadProblem> problems() {
    return problems;
  }

  /** {@code name} itself once it is known to be neither null nor blank. */
  private String checked(String name) {
    Objects.requireNonNull(name, "activation name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "activation name must not be empty; known: " + String.join(", ", names()));
    }
    return name;
  }
}
