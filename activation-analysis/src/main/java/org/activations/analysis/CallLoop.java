package org.activations.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.activations.Activation;

/**
 * The far sweep's loops of calls into the function under analysis, f or f' at each of a run of
 * inputs. Their code ({@link CallLoopCode}) is defined anew, as a hidden class, for each class of
 * function: one copy shared by every function calls many classes from one call site, which the JIT
 * then cannot inline (about 3 ns more a call, a fifth of the sweep for the pack's functions).
 */
abstract class CallLoop {
  private static final ClassValue<MethodHandle> COPIES = new ClassValue<>() {
    @Override
    protected MethodHandle computeValue(Class<?> type) {
      return copy();
    }
  };

  /** The index of the call in progress, for the caller's guard when it throws. */
  int at;

  /** A loop of its own for the class of {@code f}, or a shared one if none can be defined. */
  static CallLoop forFunction(Activation f) {
    MethodHandle make = COPIES.get(f.getClass());
    try {
      return make == null ? new CallLoopCode() : (CallLoop) make.invoke();
    } catch (Throwable e) {
      return new CallLoopCode(); // the same loop, with one call site for all classes
    }
  }

  /** f at xs[from..to) into out, recording each input in {@code budget}. */
  abstract void values(Activation f, double[] xs, double[] out, int from, int to, Budget budget);

  /** f' at xs[from..to) into out, recording each input in {@code budget}. */
  abstract void slopes(Activation f, double[] xs, double[] out, int from, int to, Budget budget);

  /** A constructor of a new hidden copy of {@link CallLoopCode}, or null if the JVM refuses one. */
  private static MethodHandle copy() {
    try (InputStream in = CallLoopCode.class.getResourceAsStream("CallLoopCode.class")) {
      if (in == null) {
        return null;
      }
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(in.readAllBytes(), true);
      return hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
          .asType(MethodType.methodType(CallLoop.class));
    } catch (IOException | ReflectiveOperationException | IllegalArgumentException
        | SecurityException | LinkageError e) {
      return null;
    }
  }
}
