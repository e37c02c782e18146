package org.epar.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.epar.validation.Citation;
import org.epar.validation.ParameterSpec;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleKind;
import org.epar.validation.RuleScope;
import org.epar.validation.Severity;

/** Reads the rule catalog resource. */
public final class CatalogReader {

  /** Classpath location of the standard catalog. */
  public static final String RESOURCE = "/org/epar/validation/rules.json";

  private CatalogReader() {}

  /**
   * Reads the standard catalog.
   *
   * @return descriptors in file order
   */
  public static List<RuleDescriptor> readStandard() {
    try (InputStream in = CatalogReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a catalog in the format of {@code rules.json}.
   *
   * @param in the JSON; not closed
   * @return descriptors in file order
   * @throws IOException if the JSON cannot be read
   */
  public static List<RuleDescriptor> read(InputStream in) throws IOException {
    JsonNode root = Json.MAPPER.readTree(in);
    List<RuleDescriptor> out = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      List<ParameterSpec> params = new ArrayList<>();
      for (JsonNode p : r.path("parameters")) {
        params.add(
            new ParameterSpec(
                text(p, "name"),
                text(p, "unit"),
                text(p, "description"),
                text(p, "description_zh")));
      }
      JsonNode c = r.path("citation");
      out.add(
          new RuleDescriptor(
              text(r, "id"),
              RuleScope.valueOf(text(r, "scope")),
              RuleKind.valueOf(text(r, "kind")),
              Severity.valueOf(text(r, "default_severity")),
              new Citation(text(c, "profile_id"), text(c, "document"), text(c, "clause")),
              text(r, "title_en"),
              text(r, "title_zh"),
              text(r, "message_en"),
              text(r, "message_zh"),
              params));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalStateException("catalog entry lacks text field " + field + ": " + node);
    }
    return v.asText();
  }
}
