package org.activations.tools.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.activations.analysis.DerivativeReport;
import org.activations.analysis.FarSweepReport;
import org.activations.analysis.Finding;
import org.activations.analysis.Discontinuity;
import org.activations.analysis.Property;
import org.activations.analysis.PropertyReport;
import org.activations.analysis.Verdict;

/**
 * Reports as JSON, with stable keys (documented in docs/json.md, and as JSON Schemas in
 * {@code org/activations/tools/render/schema/}). Non-finite numbers are written as
 * the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
public final class JsonReports {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The version of the keys below; raised when one changes meaning or goes away. */
  public static final int SCHEMA_VERSION = 1;

  private JsonReports() {}

  /** The comparison table: every property of every function, with evidence. */
  public static String table(List<PropertyReport> reports) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    root.set("settings", JsonFields.settings(reports.isEmpty() ? "" : reports.get(0).settings()));
    ArrayNode properties = root.putArray("properties");
    for (Property p : Property.values()) {
      properties.addObject().put("key", p.key()).put("title", p.title());
    }
    ArrayNode functions = root.putArray("functions");
    reports.forEach(r -> functions.add(function(r)));
    return write(root);
  }

  /** The derivative validation and the declared-versus-measured findings of every function. */
  public static String check(List<PropertyReport> reports, List<String> errors) {
    ObjectNode root = MAPPER.createObjectNode();
    long failed = reports.stream().filter(r -> !r.passed()).count() + errors.size();
    root.put("schema_version", SCHEMA_VERSION);
    if (!reports.isEmpty()) {
      root.set("settings", JsonFields.settings(reports.get(0).settings()));
    }
    root.put("passed", failed == 0);
    root.put("functions_checked", reports.size() + errors.size());
    root.put("functions_failed", failed);
    ArrayNode functions = root.putArray("functions");
    for (PropertyReport r : reports) {
      ObjectNode f = functions.addObject();
      f.put("name", r.function());
      f.set("origin", JsonFields.origin(r.origin()));
      f.put("passed", r.passed());
      f.set("derivatives", derivatives(r.derivatives()));
      f.set("far_sweep", farSweep(r));
      findings(f.putArray("findings"), r);
    }
    ArrayNode errorNodes = root.putArray("errors");
    errors.forEach(errorNodes::add);
    return write(root);
  }

  private static ObjectNode function(PropertyReport r) {
    ObjectNode f = MAPPER.createObjectNode();
    f.put("name", r.function());
    f.set("origin", JsonFields.origin(r.origin()));
    f.put("passed", r.passed());
    ObjectNode verdicts = f.putObject("verdicts");
    for (Verdict v : r.verdicts()) {
      ObjectNode n = verdicts.putObject(v.property().key());
      n.put("value", v.value());
      n.put("mark", v.mark().name().toLowerCase(java.util.Locale.ROOT));
      n.put("note", v.note());
      n.put("evidence", v.evidence());
      n.put("declared", v.declared());
      n.put("agrees", v.agrees());
    }
    ArrayNode jumps = f.putArray("discontinuities");
    for (Discontinuity d : r.discontinuities()) {
      ObjectNode n = jumps.addObject();
      n.put("x", d.x());
      n.put("of", d.what());
      number(n, "left", d.left());
      number(n, "right", d.right());
    }
    f.set("derivatives", derivatives(r.derivatives()));
    f.set("far_sweep", farSweep(r));
    findings(f.putArray("findings"), r);
    return f;
  }

  /** One line per finding: "FAIL concern: evidence" or "CANNOT VERIFY concern: evidence". */
  private static void findings(ArrayNode findings, PropertyReport r) {
    for (Finding finding : r.findings()) {
      findings.add((finding.failed() ? "FAIL " : "CANNOT VERIFY ") + finding);
    }
  }

  private static JsonNode farSweep(PropertyReport r) {
    if (r.farSweep().isEmpty()) {
      return NullNode.getInstance();
    }
    FarSweepReport s = r.farSweep().get();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("points", s.points());
    n.put("band_width", s.bandWidth());
    n.put("hit_probability", s.hitProbability());
    return n;
  }

  private static ObjectNode derivatives(Optional<DerivativeReport> report) {
    ObjectNode n = MAPPER.createObjectNode();
    if (report.isEmpty()) {
      n.put("method", "not run: the analysis did not get that far");
      n.put("tolerance", "");
      n.put("passed", false);
      n.putArray("forms");
      return n;
    }
    DerivativeReport d = report.get();
    n.put("method", d.method());
    n.put("tolerance", d.tolerance());
    n.put("passed", d.validation() != DerivativeReport.Validation.WRONG);
    ArrayNode forms = n.putArray("forms");
    for (DerivativeReport.Form form : d.forms()) {
      ObjectNode f = forms.addObject();
      f.put("form", form.name());
      f.put("checked", form.checked());
      ObjectNode skipped = JsonFields.skipped(form.skipped());
      if (form.cannotVerifyCount() > 0) {
        skipped.put("cannot_verify", form.cannotVerifyCount());
      }
      f.set("skipped", skipped);
      number(f, "max_abs_error", form.maxAbsError());
      number(f, "max_rel_error", form.maxRelError());
      f.put("failures", form.wrong());
      if (!form.firstWrong().isEmpty()) {
        f.set("worst", point(form.firstWrong().get(0)));
      }
      ArrayNode failures = f.putArray("first_failures");
      form.firstWrong().forEach(p -> failures.add(point(p)));
    }
    return n;
  }

  private static ObjectNode point(DerivativeReport.Point p) {
    ObjectNode n = MAPPER.createObjectNode();
    number(n, "x", p.x());
    number(n, "analytic", p.analytic());
    number(n, "numerical", p.numerical());
    number(n, "tolerance", p.tolerance());
    return n;
  }

  private static void number(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, v);
    } else {
      n.put(key, Double.toString(v));
    }
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
