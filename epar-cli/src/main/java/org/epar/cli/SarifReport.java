package org.epar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.epar.core.json.NdjsonLine;
import org.epar.core.privacy.Masking;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * {@code epar validate --format sarif}: the findings as a SARIF 2.1.0 log, so that CI systems
 * (GitHub code scanning, GitLab, Azure DevOps) show them on the file and line.
 *
 * <p>One run, tool {@code epar}; every rule a result names is in {@code tool.driver.rules} (id,
 * title, message template, citation, default severity), and each result points at it by {@code
 * ruleId} and {@code ruleIndex}. A finding on a record read from an NDJSON file has a physical
 * location (the file's URI and the record's line); a finding on a record of a JSON document, or on
 * the whole dataset, has the file only or none, and a logical location ({@code type/id}, the
 * property path). A finding on a record of a workbook points at the workbook (never the temporary
 * file it is read through), with the sheet and row of the cell in the physical location's
 * properties and as a logical location {@code SHEET!ROW}. Unreadable lines are results of the
 * tool's own rule {@code EPAR-INPUT}. Levels: VETO and ERROR are {@code error}, WARNING {@code
 * warning}, INFO {@code note}. Messages are in the {@code --lang} language; ids are masked like
 * everywhere in the CLI.
 */
final class SarifReport {

  /** The rule id of unreadable input lines, which no catalog rule covers. */
  static final String INPUT_RULE = "EPAR-INPUT";

  private final Messages msgs;

  SarifReport(Messages msgs) {
    this.msgs = msgs;
  }

  /** The SARIF log of one validation. */
  ObjectNode log(
      ObjectMapper json,
      ValidationReport report,
      Inputs inputs,
      Profile profile,
      boolean accepted) {
    ObjectNode root = json.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "epar");
    driver.put("version", new Epar.Version().getVersion()[0].substring("epar ".length()));
    driver.put("informationUri", "https://github.com/epar-sdk/epar");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    RuleCatalog catalog = RuleCatalog.standard();
    ArrayNode results = run.putArray("results");

    for (Finding f : report.findings()) {
      int index = ruleIndex.computeIfAbsent(f.ruleId(), id -> addRule(rules, id, catalog, f));
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      r.put("ruleIndex", index);
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", Masking.text(msgs.pick(f.messageEn(), f.messageZh())));
      ObjectNode loc = location(f.location(), inputs);
      if (loc != null) {
        r.putArray("locations").add(loc);
      }
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        for (Location other : f.related()) {
          ObjectNode l = location(other, inputs);
          if (l != null) {
            l.put("id", related.size());
            l.putObject("message").put("text", msgs.get("sarif.related"));
            related.add(l);
          }
        }
        if (related.isEmpty()) {
          r.remove("relatedLocations");
        }
      }
      ObjectNode props = r.putObject("properties");
      props.put("severity", f.severity().name());
      if (!f.observed().isEmpty()) {
        props.put("observed", Masking.text(f.observed()));
      }
      if (!f.threshold().isEmpty()) {
        props.put("threshold", f.threshold());
      }
      if (f.deadline() != null) {
        props.put("deadline", String.valueOf(f.deadline()));
      }
      if (f.count() > 1) {
        props.put("count", f.count());
      }
    }
    for (Inputs.Source s : inputs.sources()) {
      for (NdjsonLine.Malformed m : s.malformed) {
        int index = ruleIndex.computeIfAbsent(INPUT_RULE, id -> addInputRule(rules));
        ObjectNode r = results.addObject();
        r.put("ruleId", INPUT_RULE);
        r.put("ruleIndex", index);
        r.put("level", "error");
        r.putObject("message").put("text", Masking.text(inputs.problem(m)));
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(s.shown()));
        if (m.lineNumber() > 0) {
          physical.putObject("region").put("startLine", m.lineNumber());
        }
      }
    }
    ArrayNode artifacts = run.putArray("artifacts");
    for (Inputs.Source s : inputs.sources()) {
      artifacts.addObject().putObject("location").put("uri", uri(s.shown()));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ObjectNode props = run.putObject("properties");
    props.put("profile", profile.id());
    props.put("accepted", accepted);
    return root;
  }

  private int addRule(ArrayNode rules, String id, RuleCatalog catalog, Finding f) {
    ObjectNode rule = rules.addObject();
    rule.put("id", id);
    RuleDescriptor d = catalog.find(id).orElse(null);
    if (d != null) {
      rule.putObject("shortDescription").put("text", msgs.pick(d.titleEn(), d.titleZh()));
      rule.putObject("fullDescription").put("text", msgs.pick(d.messageEn(), d.messageZh()));
      rule.putObject("defaultConfiguration").put("level", level(d.defaultSeverity()));
      ObjectNode p = rule.putObject("properties");
      p.put("kind", d.kind().name());
      p.put("scope", d.scope().name());
    }
    ObjectNode p =
        rule.has("properties") ? (ObjectNode) rule.get("properties") : rule.putObject("properties");
    p.put("document", f.citation().document());
    p.put("clause", f.citation().clause());
    return rules.size() - 1;
  }

  private int addInputRule(ArrayNode rules) {
    ObjectNode rule = rules.addObject();
    rule.put("id", INPUT_RULE);
    rule.putObject("shortDescription").put("text", msgs.get("sarif.input-rule"));
    rule.putObject("defaultConfiguration").put("level", "error");
    return rules.size() - 1;
  }

  private static @Nullable ObjectNode location(Location loc, Inputs inputs) {
    ObjectNode l = new ObjectMapper().createObjectNode();
    boolean any = false;
    if (loc.index() >= 0) {
      Inputs.Source s = inputs.sourceOf(loc.index());
      if (s != null) {
        Inputs.Place place = s.place(loc.index() - s.firstIndex, loc.path());
        ObjectNode physical = l.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(place.file()));
        if (place.line() > 0) {
          physical.putObject("region").put("startLine", place.line());
        }
        if (!place.sheet().isEmpty()) {
          // a workbook has no lines: the sheet and row name the cell's row
          physical.putObject("properties").put("sheet", place.sheet()).put("row", place.row());
          ObjectNode cell = l.putArray("logicalLocations").addObject();
          cell.put("name", String.valueOf(place.row()));
          cell.put("fullyQualifiedName", place.sheet() + "!" + place.row());
          cell.put("kind", "element");
        }
        any = true;
      }
    }
    if (!loc.objectType().isEmpty() && !loc.objectType().equals("dataset")) {
      String name =
          loc.objectType() + (loc.objectId().isEmpty() ? "" : "/" + Masking.text(loc.objectId()));
      ObjectNode logical =
          (l.has("logicalLocations")
                  ? (ArrayNode) l.get("logicalLocations")
                  : l.putArray("logicalLocations"))
              .addObject();
      logical.put("fullyQualifiedName", loc.path().isEmpty() ? name : name + "." + loc.path());
      logical.put("kind", "object");
      any = true;
    }
    return any ? l : null;
  }

  static String level(Severity s) {
    return switch (s) {
      case VETO, ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * A relative path as a relative URI reference (forward slashes, escaped); an absolute one as
   * file:.
   */
  static String uri(Path path) {
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    String p = path.toString().replace('\\', '/');
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p;
    }
  }
}
