package org.epar.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.epar.validation.ParameterSpec;
import org.epar.validation.Profile;
import org.epar.validation.ProfileException;
import org.epar.validation.Profiles;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.jspecify.annotations.Nullable;

/** Reads and checks profile JSON. */
public final class ProfileReader {

  private static final Set<String> TOP =
      Set.of("id", "version", "name_en", "name_zh", "document", "extends", "rules");
  private static final Set<String> RULE_FIELDS = Set.of("severity", "parameters");

  private ProfileReader() {}

  /**
   * Reads a profile and checks it against the catalog.
   *
   * @param in the JSON; not closed
   * @param catalog the rules the profile may name
   * @param source where the JSON came from, for messages
   * @return the checked profile, rules in catalog order
   * @throws ProfileException if the profile is malformed or rejected
   */
  public static Profile read(InputStream in, RuleCatalog catalog, String source) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new ProfileException("profile " + source + " is not valid JSON", null, e);
    }
    if (root == null || !root.isObject()) {
      throw new ProfileException("profile " + source + " is not a JSON object", null, null, null);
    }
    String id = required(root, "id", null, source);
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!TOP.contains(f)) {
        throw new ProfileException("profile " + id + ": unknown field " + f, id, null, null);
      }
    }
    @Nullable Profile base = null;
    JsonNode ext = root.get("extends");
    if (ext != null) {
      if (!ext.isTextual() || ext.asText().equals(id)) {
        throw new ProfileException(
            "profile " + id + ": \"extends\" must name another built-in profile", id, null, null);
      }
      base = Profiles.builtIn(ext.asText());
    }
    String version = required(root, "version", id, source);
    String nameEn = optional(root, "name_en", base == null ? id : base.nameEn());
    String nameZh = optional(root, "name_zh", base == null ? id : base.nameZh());
    String document = optional(root, "document", base == null ? "" : base.document());

    Map<String, RuleSettings> given = new LinkedHashMap<>();
    if (base != null) {
      base.rules().forEach((k, v) -> given.put(k, v.overriddenBy(id, null, Map.of())));
    }
    JsonNode rules = root.path("rules");
    if (!rules.isObject() && !rules.isMissingNode()) {
      throw new ProfileException("profile " + id + ": \"rules\" must be an object", id, null, null);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String ruleId = e.getKey();
      if (catalog.find(ruleId).isEmpty()) {
        throw new ProfileException(
            "profile " + id + ": unknown rule " + ruleId + " (not in the rule catalog)",
            id,
            ruleId,
            null);
      }
      JsonNode r = e.getValue();
      for (Iterator<String> fs = r.fieldNames(); fs.hasNext(); ) {
        String f = fs.next();
        if (!RULE_FIELDS.contains(f)) {
          throw new ProfileException(
              "profile " + id + ", rule " + ruleId + ": unknown field " + f, id, ruleId, null);
        }
      }
      @Nullable Severity severity = null;
      JsonNode sev = r.get("severity");
      if (sev != null) {
        try {
          severity = Severity.valueOf(sev.asText());
        } catch (IllegalArgumentException ex) {
          throw new ProfileException(
              "profile " + id + ", rule " + ruleId + ": unknown severity " + sev.asText(),
              id,
              ruleId,
              null);
        }
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> ps = r.path("parameters").fields();
          ps.hasNext(); ) {
        Map.Entry<String, JsonNode> p = ps.next();
        if (!p.getValue().isValueNode() || p.getValue().isNull()) {
          throw new ProfileException(
              "profile "
                  + id
                  + ", rule "
                  + ruleId
                  + ": parameter "
                  + p.getKey()
                  + " must be a string or number",
              id,
              ruleId,
              p.getKey());
        }
        params.put(p.getKey(), p.getValue().asText());
      }
      RuleSettings previous = given.get(ruleId);
      given.put(
          ruleId,
          previous != null
              ? previous.overriddenBy(id, severity, params)
              : new RuleSettings(id, ruleId, severity, params));
    }

    Map<String, RuleSettings> ordered = new LinkedHashMap<>();
    for (RuleDescriptor d : catalog.all()) {
      RuleSettings s = given.get(d.id());
      if (s != null) {
        check(id, d, s);
        ordered.put(d.id(), s);
      }
    }
    return new Profile(id, version, nameEn, nameZh, document, ordered);
  }

  private static void check(String profileId, RuleDescriptor d, RuleSettings s) {
    for (ParameterSpec spec : d.parameters()) {
      if (!s.has(spec.name())) {
        throw new ProfileException(
            "profile "
                + profileId
                + ", rule "
                + d.id()
                + ": missing parameter "
                + spec.name()
                + " ("
                + spec.unit()
                + ": "
                + spec.description()
                + ")",
            profileId,
            d.id(),
            spec.name());
      }
      Optional<String> problem = ParameterValues.problem(spec.unit(), s.string(spec.name()));
      if (problem.isPresent()) {
        throw new ProfileException(
            "profile "
                + profileId
                + ", rule "
                + d.id()
                + ": parameter "
                + spec.name()
                + " = '"
                + s.string(spec.name())
                + "': "
                + problem.get(),
            profileId,
            d.id(),
            spec.name());
      }
    }
    for (String name : s.parameters().keySet()) {
      if (d.parameter(name).isEmpty()) {
        throw new ProfileException(
            "profile "
                + profileId
                + ", rule "
                + d.id()
                + ": unknown parameter "
                + name
                + "; the rule declares "
                + d.parameters().stream().map(ParameterSpec::name).toList(),
            profileId,
            d.id(),
            name);
      }
    }
  }

  private static String required(JsonNode root, String field, @Nullable String id, String source) {
    JsonNode v = root.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new ProfileException(
          "profile " + (id == null ? source : id) + ": missing field " + field, id, null, null);
    }
    return v.asText();
  }

  private static String optional(JsonNode root, String field, String fallback) {
    JsonNode v = root.get(field);
    return v == null || !v.isValueNode() ? fallback : v.asText();
  }
}
