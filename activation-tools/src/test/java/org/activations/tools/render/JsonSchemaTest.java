package org.activations.tools.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas describe what {@code table} and {@code check} write: their output,
 * with the built-ins and with the plugin pack, validates; a changed key does not.
 */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static Schema schema(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(
        "classpath:org/activations/tools/render/schema/" + name + ".schema.json"));
  }

  /**
   * Pack functions of every shape the output takes (parameters with aliases, a closed, a half-open
   * and an open range, with and without an output form, kinks declared as special points) beside
   * the built-ins: the whole pack, twice, added only time (about 30 s of the build).
   */
  private static final String PACK_SHAPES =
      "relu,binary_step,sigmoid,leaky_relu,gelu,hard_tanh,softplus,softshrink,softsign,rrelu";

  private static JsonNode run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void tableOutputValidates() throws Exception {
    for (JsonNode table : List.of(run("table", "--format", "json"),
        run("table", "--format", "json", "--with-pack", "--functions", PACK_SHAPES))) {
      List<Error> errors = schema("table").validate(table);
      assertEquals(List.of(), errors);
      assertEquals(1, table.get("schema_version").asInt());
      assertEquals(org.activations.analysis.PropertyAnalyzer.DEFAULT_POINTS,
          table.at("/settings/derivative_points").asInt());
    }
  }

  @Test
  void checkOutputValidates() throws Exception {
    JsonNode check = run("check", "--format", "json", "--with-pack", "--functions", PACK_SHAPES,
        "--points", "500");
    assertEquals(List.of(), schema("check").validate(check));
    assertEquals(500, check.at("/settings/derivative_points").asInt());
    JsonNode relu = check.get("functions").findParents("name").stream()
        .filter(f -> f.get("name").asText().equals("relu")).findFirst().orElseThrow();
    assertEquals("jar", relu.at("/origin/kind").asText(), relu.toString());
    assertTrue(relu.at("/derivatives/forms/0/skipped/near_special_point").asInt() > 0, relu.toString());
  }

  @Test
  void aChangedKeyIsCaught() throws Exception {
    JsonNode table = run("table", "--format", "json", "--functions", "relu");
    ObjectNode renamed = table.deepCopy();
    renamed.set("setting", renamed.remove("settings"));
    assertFalse(schema("table").validate(renamed).isEmpty());
    ObjectNode prose = table.deepCopy();
    ((ObjectNode) prose.at("/functions/0")).put("origin", "jar /home/someone/activations.jar");
    assertFalse(schema("table").validate(prose).isEmpty());
  }
}
