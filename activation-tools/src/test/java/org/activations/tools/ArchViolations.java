package org.activations.tools;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.ServiceLoader;
import org.activations.spi.ActivationProvider;

/** A public tools class that discovers on its own and takes a Guava type. */
public final class ArchViolations {
  /** Calls ServiceLoader itself. */
  public Object discover() {
    return ServiceLoader.load(ActivationProvider.class);
  }

  /** Takes a Guava type as a parameter (a return type would be caught too). */
  public int count(List<ImmutableList<String>> names) {
    return names.size();
  }
}
