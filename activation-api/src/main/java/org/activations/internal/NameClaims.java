package org.activations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.activations.LoadProblem;
import org.activations.NameRule;
import org.activations.internal.ServiceDiscovery.Found;

/**
 * Who claims which name: a name or alias claimed by one provider is registered under its lookup
 * key; one claimed by several is registered for none of them, never resolved silently, and each
 * claimant is reported as a {@link LoadProblem.Kind#DUPLICATE_NAME}.
 *
 * @param byKey the provider registered under each lookup key
 * @param ambiguous the claimants ({@code class (origin)}, sorted) of each key claimed twice
 * @param registered the providers without a clash, sorted by name
 * @param problems one problem for each clashing provider
 */
public record NameClaims(Map<String, Found> byKey, Map<String, List<String>> ambiguous,
    List<Found> registered, List<LoadProblem> problems) {

  /**
   * Sorts out the claims of {@code providers}, which have passed {@link ProviderCheck}.
   *
   * @param providers the valid providers
   * @return the claims
   */
  public static NameClaims of(List<Found> providers) {
    Map<String, List<Found>> claims = new HashMap<>();
    for (Found f : providers) {
      for (String name : ProviderCheck.namesOf(f.provider())) {
        claims.computeIfAbsent(NameRule.key(name), k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, List<String>> ambiguous = new TreeMap<>();
    Set<Found> clashing = new LinkedHashSet<>();
    claims.forEach((key, claimants) -> {
      if (claimants.size() > 1) {
        ambiguous.put(key, claimants.stream().map(NameClaims::describe).sorted().toList());
        clashing.addAll(claimants);
      }
    });
    List<LoadProblem> problems = new ArrayList<>();
    for (Found f : clashing) {
      List<String> names = ProviderCheck.namesOf(f.provider()).stream()
          .filter(n -> ambiguous.containsKey(NameRule.key(n))).toList();
      List<String> others = ambiguous.get(NameRule.key(names.get(0))).stream()
          .filter(c -> !c.equals(describe(f))).toList();
      problems.add(new LoadProblem(LoadProblem.Kind.DUPLICATE_NAME, className(f), f.origin(),
          "claims " + names + ", also claimed by " + String.join(" and ", others)
              + "; neither is registered under it: keep only one of them on the path"));
    }
    Map<String, Found> byKey = new HashMap<>();
    List<Found> registered = new ArrayList<>();
    for (Found f : providers) {
      if (!clashing.contains(f)) {
        registered.add(f);
        ProviderCheck.namesOf(f.provider()).forEach(n -> byKey.put(NameRule.key(n), f));
      }
    }
    registered.sort(Comparator.comparing(f -> f.provider().name()));
    return new NameClaims(Map.copyOf(byKey), Map.copyOf(ambiguous), List.copyOf(registered),
        List.copyOf(problems));
  }

  private static String describe(Found f) {
    return className(f) + " (" + f.origin() + ")";
  }

  private static String className(Found f) {
    return f.provider().getClass().getName();
  }
}
