package org.epar.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epar.core.period.WorkingDayCalendar;

/**
 * Resolves {@code --calendar FILE} values: the built-in Chinese working-day calendar with the years
 * of each file added or replaced, in the order given (so a user can add 2027 once the State Council
 * has announced it, without a new EPAR release).
 */
final class CalendarOption {

  private CalendarOption() {}

  static WorkingDayCalendar resolve(List<Path> files, Messages msgs) {
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    for (Path file : files) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        calendar = calendar.withYears(r);
      } catch (IllegalArgumentException e) {
        throw new Failures.CliException(msgs.get("error.calendar", file, e.getMessage()));
      } catch (IOException | UncheckedIOException e) {
        throw new Failures.CliException(msgs.get("error.calendar", file, e.toString()));
      }
    }
    return calendar;
  }
}
