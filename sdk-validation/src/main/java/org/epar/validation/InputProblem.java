package org.epar.validation;

import java.util.Objects;

/**
 * A piece of input that could not be read as a record, such as a malformed NDJSON line.
 *
 * <p>Bad input never vanishes: a report with input problems is not accepted. The problem text names
 * an error category and a JSON path, never the line's content (which may hold personal data).
 *
 * @param line the 1-based line number in the input
 * @param problem what is wrong, free of personal data
 * @since 0.1.0
 */
public record InputProblem(long line, String problem) implements Comparable<InputProblem> {

  /** Checks the problem is present. */
  public InputProblem {
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public int compareTo(InputProblem o) {
    int c = Long.compare(line, o.line);
    return c != 0 ? c : problem.compareTo(o.problem);
  }
}
