package org.activations.testkit;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** A kit class that brings a library of its own. */
final class ArchViolations {
  Object importer() {
    return new ClassFileImporter();
  }
}
