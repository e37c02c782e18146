package org.epar.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
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
      err.println("epar: " + Redact.text(String.valueOf(text)));
      err.flush();
      return Epar.USAGE;
    }
  }

  /** Bad command lines: the message and a pointer to the help, masked. */
  static final class OnParameters implements IParameterExceptionHandler {
    private final Messages msgs;

    OnParameters(Messages msgs) {
      this.msgs = msgs;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("epar: " + Redact.text(String.valueOf(ex.getMessage())));
      err.println(msgs.get("error.see-help", cl.getCommandSpec().qualifiedName()));
      err.flush();
      return Epar.USAGE;
    }
  }
}
