package org.epar.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import org.epar.validation.ParameterSpec;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.epar.validation.spi.RuleProvider;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar rules [--profile P]}: the rule catalog, or the rules of one profile with the
 * profile's severities and parameter values.
 */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "PROFILE",
      descriptionKey = "option.profile.rules")
  private @Nullable String profileId;

  RulesCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Profile profile = profileId == null ? null : ProfileOption.resolve(profileId, msgs);
    Set<String> implemented = implementedRuleIds();
    List<RuleDescriptor> rules =
        RuleCatalog.standard().all().stream()
            .filter(d -> profile == null || profile.includes(d.id()))
            .toList();
    if (profile != null) {
      out.println(
          msgs.get(
              "rules.heading.profile",
              profile.id(),
              msgs.pick(profile.nameEn(), profile.nameZh()),
              rules.size()));
    } else {
      out.println(msgs.get("rules.heading.catalog", rules.size()));
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%-14s %-8s %-10s %-8s %s",
            msgs.get("col.rule"),
            msgs.get("col.severity"),
            msgs.get("col.kind"),
            msgs.get("col.scope"),
            msgs.get("col.title")));
    int missing = 0;
    for (RuleDescriptor d : rules) {
      Severity severity = d.defaultSeverity();
      RuleSettings settings = profile == null ? null : profile.settings(d.id()).orElse(null);
      if (settings != null) {
        severity = settings.severityOverride().orElse(severity);
      }
      boolean impl = implemented.contains(d.id());
      if (!impl) {
        missing++;
      }
      out.println(
          String.format(
              Locale.ROOT,
              "%-14s %-8s %-10s %-8s %s%s",
              d.id(),
              severity,
              d.kind(),
              d.scope(),
              msgs.pick(d.titleEn(), d.titleZh()),
              impl ? "" : "  " + msgs.get("rules.not-implemented")));
      for (ParameterSpec p : d.parameters()) {
        if (settings != null && settings.has(p.name())) {
          out.println(
              String.format(
                  Locale.ROOT, "    %s = %s [%s]", p.name(), settings.string(p.name()), p.unit()));
        } else {
          out.println(
              String.format(
                  Locale.ROOT,
                  "    %s [%s] %s",
                  p.name(),
                  p.unit(),
                  msgs.pick(p.description(), p.descriptionZh())));
        }
      }
    }
    if (missing > 0) {
      out.println(msgs.get("rules.not-implemented.count", missing));
    }
    out.flush();
    return Epar.OK;
  }

  /** The IDs of the rules the rule providers on the class path implement. */
  static Set<String> implementedRuleIds() {
    Set<String> ids = new HashSet<>();
    ServiceLoader.load(RuleProvider.class)
        .forEach(p -> p.rules().forEach(r -> ids.add(r.ruleId())));
    return ids;
  }
}
