package com.example.softsign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.activations.testkit.ServiceRegistrationCheck;
import org.junit.jupiter.api.Test;

/** The plugin registers its two providers alike for the module path and the class path. */
class RegistrationTest {

  @Test
  void moduleInfoAndServiceFileListTheSameProviders() {
    assertEquals(List.of("com.example.softsign.Isrlu$Provider", "com.example.softsign.Softsign$Provider"),
        ServiceRegistrationCheck.providers(Path.of("target", "classes")));
  }
}
