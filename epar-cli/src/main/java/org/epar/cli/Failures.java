package org.epar.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.privacy.Masking;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** How the CLI reports failures: one clear line on stderr and exit code 2, never a stack trace. */
final class Failures {

  private Failures() {}

  /** A failure the user can act on (a missing file, an unknown profile); exit code 2. */
  static final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
      super(message, null, false, false);
    }
  }

  /** Failures inside a command. */
  static final class OnExecution implements IExecutionExceptionHandler {
    private final Messages msgs;

    OnExecution(Messages msgs) {
      this.msgs = msgs;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      String text;
      if (ex instanceof CliException) {
        text = ex.getMessage();
      } else if (ex instanceof UncheckedIOException io) {
        text = msgs.get("error.io", String.valueOf(io.getCause().getMessage()));
      } else {
        text =
            msgs.get(
                "error.unexpected", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()));
      }
      err.println("epar: " + Masking.text(String.valueOf(text)));
      err.flush();
      return Epar.USAGE;
    }
  }

  /**
   * Bad command lines: one line, {@code epar: WHAT (see 'epar CMD --help')}, in the user's
   * language, with arguments masked. picocli's own (English) message is used only for an error kind
   * not named here, and then after a translated lead-in.
   */
  static final class OnParameters implements IParameterExceptionHandler {
    private final Messages msgs;

    OnParameters(Messages msgs) {
      this.msgs = msgs;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println(
          "epar: "
              + Masking.text(describe(ex))
              + msgs.get("error.see-help", cl.getCommandSpec().qualifiedName()));
      err.flush();
      return Epar.USAGE;
    }

    /** What is wrong with the command line, without the pointer to the help. */
    String describe(ParameterException ex) {
      if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
        List<String> names = new ArrayList<>();
        boolean options = true;
        for (ArgSpec a : m.getMissing()) {
          names.add(name(a));
          options &= a.isOption();
        }
        return msgs.get(
            options ? "error.usage.missing-option" : "error.usage.missing-parameter",
            String.join(", ", names));
      }
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
        String first = u.getUnmatched().get(0);
        if (first.startsWith("-")) {
          return msgs.get("error.usage.unknown-option", first);
        }
        return u.getCommandLine().getCommandSpec().subcommands().isEmpty()
            ? msgs.get("error.usage.unexpected", first)
            : msgs.get("error.usage.unknown-command", first);
      }
      if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
        return msgs.get("error.usage.repeated", name(o.getOverwritten()));
      }
      if (ex.getClass() == ParameterException.class
          && ex.getArgSpec() != null
          && ex.getValue() != null) {
        ArgSpec a = ex.getArgSpec();
        Class<?> type = a.type();
        String expected =
            type.isEnum()
                ? msgs.get("error.usage.expected-one-of", choices(type))
                : type == java.time.LocalDate.class
                    ? msgs.get("error.usage.expected-date")
                    : type == Messages.Lang.class
                        ? msgs.get("error.usage.expected-one-of", "zh, en")
                        : type == int.class || type == Integer.class || type == long.class
                            ? msgs.get("error.usage.expected-integer")
                            : "";
        return msgs.get("error.usage.invalid-value", name(a), ex.getValue(), expected);
      }
      if (ex.getClass() == ParameterException.class && ex.getArgSpec() == null) {
        return String.valueOf(ex.getMessage()); // our own, already in the user's language
      }
      return msgs.get("error.usage.other", String.valueOf(ex.getMessage()));
    }

    private static String name(ArgSpec a) {
      return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String choices(Class<?> enumType) {
      List<String> names = new ArrayList<>();
      for (Object c : enumType.getEnumConstants()) {
        names.add(c.toString());
      }
      return String.join(", ", names);
    }
  }
}
