package org.activations.testkit;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** A kit class that brings a library of its own, and a public type without its stability. */
final class ArchViolations {
  Object importer() {
    return new ClassFileImporter();
  }

  /** A public type without its stability. */
  public static final class Unmarked {}
}
