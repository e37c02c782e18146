package org.epar.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.id.IdProblem;
import org.epar.core.id.Identifier;
import org.epar.core.id.TraceCode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epar check-id KIND VALUE}: whether an identifier is valid and, if not, why.
 *
 * <p>A citizen identity number is personal data: it is only ever printed masked.
 */
@Command(name = "check-id", mixinStandardHelpOptions = true)
final class CheckIdCommand implements Callable<Integer> {

  /** The kinds of identifier {@code check-id} knows. */
  enum Kind {
    citizen,
    credit,
    division,
    trace
  }

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "checkid.param.kind")
  private Kind kind = Kind.citizen;

  @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "checkid.param.value")
  private String value = "";

  CheckIdCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Identifier id =
        switch (kind) {
          case citizen -> CitizenId.of(value);
          case credit -> CreditCode.of(value);
          case division -> DivisionCode.of(value);
          case trace -> TraceCode.of(value);
        };
    String shown = kind == Kind.citizen ? id.toString() : value;
    String label = msgs.get("checkid.kind." + kind.name());
    List<IdProblem> problems = id.problems();
    if (problems.isEmpty()) {
      out.println(msgs.get("checkid.valid", label, shown));
      details(id).forEach(d -> out.println("  " + d));
      out.flush();
      return Epar.OK;
    }
    out.println(msgs.get("checkid.invalid", label, shown));
    for (IdProblem p : problems) {
      out.println(
          String.format(
              Locale.ROOT, "  %-24s %s", p.code(), msgs.pick(p.messageEn(), p.messageZh())));
    }
    out.flush();
    return Epar.REJECTED;
  }

  /** What a valid identifier tells, without personal data (nothing for a citizen id). */
  private List<String> details(Identifier id) {
    List<String> lines = new ArrayList<>();
    if (id instanceof DivisionCode d) {
      d.level()
          .ifPresent(
              l -> lines.add(msgs.get("checkid.division.level", msgs.get("level." + l.name()))));
      DivisionRegistry registry = DivisionRegistry.nbs2023();
      registry
          .name(d)
          .ifPresentOrElse(
              n -> lines.add(msgs.get("checkid.division.name", n, registry.edition())),
              () -> lines.add(msgs.get("checkid.division.unknown", registry.edition())));
      d.county()
          .filter(c -> !c.equals(d))
          .flatMap(registry::name)
          .ifPresent(n -> lines.add(msgs.get("checkid.division.county", n)));
    } else if (id instanceof TraceCode t) {
      t.scheme().ifPresent(s -> lines.add(msgs.get("checkid.trace.scheme", s.name(), s.termZh())));
    } else if (id instanceof CreditCode c) {
      lines.add(msgs.get("checkid.credit.area", c.raw().substring(2, 8)));
    }
    return lines;
  }
}
