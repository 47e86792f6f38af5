package org.activations.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Formula;
import org.activations.Range;
import org.activations.SpecialPoint;

/**
 * Whether a new instance of a function can hold state of its own that its first calls build: the
 * first-calls race of {@link ThreadSafetyCheck} can find nothing in an instance without it, since
 * everything such an instance reads is either fixed when it is constructed or shared (static) with
 * the instance that was already raced warmed up.
 *
 * <p>Decided from the class alone (its fields' declarations, never their values, which a plugin
 * module need not open): an instance has no state of its own when every field of its class and
 * superclasses, instance and static, is final and of a type whose values cannot change: a
 * primitive, a {@code String}, a boxed primitive or one of the API's immutable records. Anything
 * else (an array, a list, a map keyed by the instance, a static field a constructor may reset, an
 * interface of the plugin's own) might be a table filled on first use. <b>Limit:</b> state that
 * the function keeps for each instance in another class (a static map elsewhere keyed by the
 * instance) is not seen; docs/measurement.md says so.
 */
final class InstanceState {
  /** Field types whose values never change once constructed. */
  private static final Set<Class<?>> IMMUTABLE = Set.of(String.class, Double.class, Float.class,
      Long.class, Integer.class, Short.class, Byte.class, Character.class, Boolean.class,
      ActivationInfo.class, Formula.class, Range.class, Range.Interval.class, Range.FiniteSet.class,
      DeclaredProperties.class, SpecialPoint.class);

  private InstanceState() {}

  /**
   * True if {@code fresh}, a new instance of {@code f}'s spec, is f itself (a provider that shares
   * one instance: no new instance can be raced) or of f's class with nothing but final fields,
   * instance and static, of immutable types.
   */
  static boolean nothingToBuild(Activation f, Activation fresh) {
    if (fresh == f) {
      return true;
    }
    if (fresh.getClass() != f.getClass()) {
      return false;
    }
    try {
      for (Class<?> c = fresh.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!(Modifier.isFinal(field.getModifiers()) && fixed(field.getType()))) {
            return false;
          }
        }
      }
      return true;
    } catch (SecurityException | LinkageError e) {
      return false; // the fields cannot be seen: race the first calls
    }
  }

  private static boolean fixed(Class<?> type) {
    return type.isPrimitive() || IMMUTABLE.contains(type);
  }
}
