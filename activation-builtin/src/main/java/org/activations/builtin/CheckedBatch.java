package org.activations.builtin;

import org.activations.spi.KernelActivation;

/**
 * The built-ins' base: the SPI's {@link KernelActivation} (every batch argument checked once, then
 * the function's kernels, one offset each), described as plain-Java kernels. All five built-ins have
 * the output form, so their backward kernels read y.
 */
abstract class CheckedBatch extends KernelActivation {
  /** Plain-Java kernels; sigmoid and tanh say which of their kernels run. */
  @Override
  public String describeImplementation() {
    return "java kernels";
  }
}
