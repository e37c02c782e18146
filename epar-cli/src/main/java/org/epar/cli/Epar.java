package org.epar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.epar.cli.Messages.Lang;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code epar} command: validates EPAR data files and checks identifiers.
 *
 * <pre>{@code
 * epar validate --profile daming-2017 --as-of 2018-12-31 county.ndjson
 * epar check-id credit 91350100M000100Y43
 * }</pre>
 *
 * <p>Exit codes: 0 accepted or OK, 1 rejected or invalid, 2 usage or I/O error.
 */
@Command(
    name = "epar",
    mixinStandardHelpOptions = true,
    versionProvider = Epar.Version.class,
    resourceBundle = Messages.BUNDLE,
    usageHelpAutoWidth = true)
public final class Epar implements Runnable {

  /** Exit code: accepted, valid, done. */
  public static final int OK = 0;

  /** Exit code: data rejected or identifier invalid. */
  public static final int REJECTED = 1;

  /** Exit code: bad usage or a file that cannot be read. */
  public static final int USAGE = 2;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "zh|en",
      descriptionKey = "option.lang",
      converter = LangConverter.class)
  private @Nullable Lang lang;

  private Epar() {}

  /**
   * Runs {@code epar} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Logging.quiet();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code epar} with the given output streams, as {@link #main} does, without exiting.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err, args).execute(args);
  }

  /**
   * The configured command line, in the language the arguments ask for.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line, scanned for {@code --lang}
   * @return the command line, ready to {@link CommandLine#execute}
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    Messages msgs = Messages.of(langOf(args));
    CommandLine cl = new CommandLine(new Epar());
    cl.addSubcommand(new ValidateCommand(msgs));
    cl.addSubcommand(new RulesCommand(msgs));
    cl.addSubcommand(new ProfilesCommand(msgs));
    cl.addSubcommand(new CheckIdCommand(msgs));
    cl.addSubcommand(new ServeCommand(msgs));
    cl.addSubcommand(new SubmitCommand(msgs));
    cl.addSubcommand(new DemoCommand(msgs));
    cl.addSubcommand(new TemplateCommand(msgs));
    cl.addSubcommand(new ImportCommand(msgs));
    cl.addSubcommand(new GenerateCommand(msgs));
    cl.addSubcommand(new AssessCommand(msgs));
    cl.registerConverter(java.time.LocalDate.class, Epar::isoDate);
    cl.setResourceBundle(Messages.bundle(msgs.lang()));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new Failures.OnExecution(msgs));
    cl.setParameterExceptionHandler(new Failures.OnParameters(msgs));
    return cl;
  }

  /**
   * The language {@code --lang} asks for, or the default locale's; an unparsable value is left for
   * picocli to reject.
   */
  static Lang langOf(String... args) {
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String a = list.get(i);
      if (a.equals("--")) {
        break;
      }
      String value = null;
      if (a.equals("--lang") && i + 1 < list.size()) {
        value = list.get(i + 1);
      } else if (a.startsWith("--lang=")) {
        value = a.substring("--lang=".length());
      }
      if (value != null) {
        try {
          return Lang.parse(value);
        } catch (IllegalArgumentException e) {
          break;
        }
      }
    }
    return Lang.fromDefaultLocale();
  }

  @Override
  public void run() {
    CommandSpec s = java.util.Objects.requireNonNull(spec);
    throw new CommandLine.ParameterException(
        s.commandLine(),
        Messages.of(lang != null ? lang : Lang.fromDefaultLocale())
            .get("error.missing-subcommand"));
  }

  private static java.time.LocalDate isoDate(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as yyyy-MM-dd but was '" + value + "'");
    }
  }

  /** Converts {@code --lang} values. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected zh or en but was '" + value + "'");
      }
    }
  }

  /** The version line: the SDK version from the jar manifest, or the development version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Epar.class.getPackage().getImplementationVersion();
      return new String[] {"epar " + (v != null ? v : "0.1.0-SNAPSHOT")};
    }
  }
}
