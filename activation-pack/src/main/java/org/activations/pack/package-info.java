/**
 * The plugin pack: activations that users of the reference frameworks ask for, with the parameters
 * and defaults of PyTorch's documentation (torch.nn, version 2), each with its derivative in both
 * forms where an output form exists. Not exported: reach them through the registry, after adding
 * the pack's jar with {@code --plugin-path} or to the class path.
 */
package org.activations.pack;
