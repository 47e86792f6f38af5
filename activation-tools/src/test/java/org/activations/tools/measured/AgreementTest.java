package org.activations.tools.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.activations.corpus.Corpus;
import org.activations.corpus.CorpusEntry;
import org.activations.corpus.Defect;
import org.activations.corpus.PluginJar;
import org.activations.testkit.ActivationConformance;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, {@code table} and the kit give the same verdict on every corpus fixture, loaded as a
 * plugin jar through {@code --plugin-path} (the corpus has no services file of its own).
 *
 * <p>It analyses every fixture three times (about a hundred functions, each a second or more of
 * CPU), so it runs on demand: {@code mvn verify -pl activation-tools -Dactivations.slow=true
 * -Dtest=AgreementTest}.
 */
@EnabledIfSystemProperty(named = "activations.slow", matches = "true")
class AgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TIMEOUT = "4";

  @TempDir Path dir;

  private static JsonNode run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(args, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
    return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void checkTableAndKitAgreeOnEveryFixture() throws Exception {
    Path jar = dir.resolve("corpus.jar");
    PluginJar.write(jar);
    Map<String, Boolean> check = new TreeMap<>();
    for (JsonNode f : run("check", "--plugin-path", jar.toString(), "--format", "json", "--timeout",
        TIMEOUT).get("functions")) {
      check.put(f.get("name").asText(), f.get("passed").asBoolean());
    }
    Map<String, Boolean> table = new TreeMap<>();
    for (JsonNode f : run("table", "--plugin-path", jar.toString(), "--format", "json", "--timeout",
        TIMEOUT).get("functions")) {
      boolean validated = !f.at("/verdicts/derivative_validated/value").asText().equals("no");
      table.put(f.get("name").asText(), f.get("passed").asBoolean() && validated);
    }
    Map<String, String> disagreements = new TreeMap<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        getClass().getClassLoader())) {
      for (CorpusEntry e : Corpus.all()) {
        if (e.defects().contains(Defect.THREAD_SAFETY)) {
          continue; // a race is observed by chance, and each of the three runs its own threads
        }
        boolean kit = ActivationConformance.named(e.name()).loadedBy(loader)
            .timeout(Duration.ofSeconds(Long.parseLong(TIMEOUT)))
            .suppressing("module", "the corpus jar is a class-path plugin").tests()
            .allMatch(AgreementTest::passes);
        Boolean byCheck = check.get(e.name());
        // a function that threw or timed out is left out of the table: it did not pass there
        boolean byTable = table.getOrDefault(e.name(), false);
        if (byCheck == null || byCheck != kit || byCheck != byTable) {
          disagreements.put(e.name(), "check " + byCheck + ", table " + byTable + ", kit " + kit);
        }
      }
    }
    assertTrue(check.keySet().containsAll(Corpus.all().stream().map(CorpusEntry::name).toList()),
        "check saw every fixture through --plugin-path: " + check.keySet());
    assertTrue(check.containsValue(true) && check.containsValue(false), check.toString());
    long passed = check.values().stream().filter(b -> b).count();
    System.out.printf("agreement: check, table and the kit on %d fixtures (%d passed by check, %d"
        + " failed), %d disagreements%n", check.size(), passed, check.size() - passed,
        disagreements.size());
    assertEquals(Map.of(), disagreements);
  }

  /** Whether one of the kit's tests passes. */
  private static boolean passes(DynamicTest t) {
    try {
      t.getExecutable().execute();
      return true;
    } catch (Throwable e) {
      return false;
    }
  }
}
