package org.epar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code epar profiles}: the built-in profiles. */
@Command(name = "profiles", mixinStandardHelpOptions = true)
final class ProfilesCommand implements Callable<Integer> {

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  ProfilesCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "%-18s %-7s %-6s %s",
            msgs.get("col.profile"),
            msgs.get("col.version"),
            msgs.get("col.rules"),
            msgs.get("col.document")));
    for (String id : Profiles.builtInIds()) {
      Profile p = Profiles.builtIn(id);
      out.println(
          String.format(
              Locale.ROOT,
              "%-18s %-7s %-6d %s",
              p.id(),
              p.version(),
              p.rules().size(),
              msgs.pick(p.nameEn(), p.nameZh())));
    }
    out.println(msgs.get("profiles.hint"));
    out.flush();
    return Epar.OK;
  }
}
