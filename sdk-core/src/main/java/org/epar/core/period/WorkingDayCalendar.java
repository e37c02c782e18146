package org.epar.core.period;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.epar.core.EparException;

/**
 * The working-day calendar of the People's Republic of China: statutory holidays (法定节假日) and
 * make-up working days (调休上班) as announced each year by the General Office of the State Council.
 *
 * <p>A date is a working day when it is listed as a make-up working day, or when it is a Monday to
 * Friday that is not listed as a holiday. Weekends are days off unless listed as make-up working
 * days. A date in a year the calendar has no data for throws {@link CalendarDataMissingException};
 * the calendar never falls back to Monday–Friday.
 *
 * <p>{@link #china()} ships the years 2015 to 2026, built from the holiday-cn data set (the State
 * Council notices, e.g. 国办发明电〔2017〕12号 for 2018). 2027 is not shipped: it had not been announced
 * when the data was copied. The last day of a year can still change when the next year's notice
 * moves days across New Year (the 2019 notice made 2018-12-29 a make-up working day).
 *
 * <pre>{@code
 * WorkingDayCalendar cal = WorkingDayCalendar.china();
 * cal.isWorkingDay(LocalDate.of(2018, 2, 11));            // true: Sunday make-up working day
 * cal.plusWorkingDays(LocalDate.of(2018, 9, 25), 10);     // 2018-10-12 (DM-FUND-04)
 * }</pre>
 *
 * <h2>Data format</h2>
 *
 * <p>{@link #load(Reader)} and {@link #withYears(Reader)} read UTF-8 text with one entry a line:
 *
 * <pre>
 * # comment
 * years 2015-2026           (years covered; also "years 2027" or "years 2027,2028"; at least one line)
 * source free text          (optional)
 * 2018-02-11 W              (make-up working day)
 * 2018-02-15 H              (statutory day off)
 * </pre>
 *
 * <p>They also accept one year file of the holiday-cn JSON format ({@code {"year": 2018, "days":
 * [{"date": "2018-02-11", "isOffDay": false}, ...]}}); such a file covers its {@code year}, and a
 * file with no days (a year not yet announced) is refused. Listed dates outside the covered years
 * (the 2019 notice lists 2018-12-29..31) are kept but do not make their year covered.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkingDayCalendar {

  private static final String RESOURCE = "cn-working-days.txt";

  private final SortedSet<Integer> years;
  private final Map<LocalDate, Boolean> listed;

  private WorkingDayCalendar(SortedSet<Integer> years, Map<LocalDate, Boolean> listed) {
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    this.listed = Map.copyOf(listed);
  }

  /**
   * The shipped calendar of China, 2015 to 2026, loaded once from the SDK's own resource.
   *
   * @return the shared calendar
   * @throws EparException if the resource is missing or damaged (a broken SDK jar)
   */
  public static WorkingDayCalendar china() {
    return China.CALENDAR;
  }

  /**
   * Reads a calendar in the text or holiday-cn JSON format described above.
   *
   * @param reader the data; read to the end, not closed
   * @return the calendar covering the years the data names
   * @throws IllegalArgumentException if the data is malformed; the message names the line
   * @throws UncheckedIOException if reading fails
   */
  public static WorkingDayCalendar load(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    String text = readAll(reader);
    SortedSet<Integer> years = new TreeSet<>();
    Map<LocalDate, Boolean> listed = new HashMap<>();
    if (text.stripLeading().startsWith("{")) {
      parseJson(text, years, listed);
    } else {
      parseText(text, years, listed);
    }
    return new WorkingDayCalendar(years, listed);
  }

  /**
   * This calendar with the years in {@code reader} added; a year already covered is replaced by the
   * new data (use it to add 2027 once announced, or to correct a year).
   *
   * @param reader data in the format of {@link #load(Reader)}; read to the end, not closed
   * @return a new calendar covering this calendar's years and the new ones
   * @throws IllegalArgumentException if the data is malformed
   * @throws UncheckedIOException if reading fails
   */
  public WorkingDayCalendar withYears(Reader reader) {
    WorkingDayCalendar added = load(reader);
    Map<LocalDate, Boolean> merged = new HashMap<>(listed);
    merged.keySet().removeIf(d -> added.years.contains(d.getYear()));
    merged.putAll(added.listed);
    SortedSet<Integer> allYears = new TreeSet<>(years);
    allYears.addAll(added.years);
    return new WorkingDayCalendar(allYears, merged);
  }

  /**
   * The years this calendar has complete data for.
   *
   * @return an unmodifiable, ascending set
   */
  public SortedSet<Integer> coveredYears() {
    return years;
  }

  /**
   * Whether this calendar has data for {@code year}.
   *
   * @param year the year
   * @return {@code true} if {@link #isWorkingDay(LocalDate)} answers for dates of that year
   */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /**
   * Whether {@code date} is a working day: a listed make-up working day, or a Monday to Friday that
   * is not a listed holiday.
   *
   * @param date the date
   * @return {@code true} on a working day
   * @throws CalendarDataMissingException if the calendar has no data for the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    int year = date.getYear();
    if (!years.contains(year)) {
      throw new CalendarDataMissingException(year, describe(years));
    }
    Boolean working = listed.get(date);
    if (working != null) {
      return working;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code n}-th working day after {@code date}.
   *
   * <p>For {@code n >= 1} it is the date {@code r > date} such that exactly {@code n} working days
   * lie in {@code (date, r]}, and {@code r} is one of them; {@code date} itself is not counted. So
   * {@code workingDaysBetween(date, plusWorkingDays(date, n)) == n}. For {@code n == 0} it is
   * {@code date} if that is a working day, else the first working day after it.
   *
   * <p>Example (DM-FUND-04): a plan published on Tuesday 2018-09-25 has its 10th working day on
   * 2018-10-12, counting the make-up working days 09-29 and 09-30 and skipping National Day.
   *
   * @param date the starting date, e.g. the day of publication
   * @param n how many working days, at least 0
   * @return the resulting working day
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws CalendarDataMissingException if a date examined (those after {@code date} up to the
   *     result; for {@code n == 0} also {@code date}) lies in a year without data
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n " + n + " is negative");
    }
    LocalDate d = date;
    if (n == 0) {
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The number of working days {@code d} with {@code startExclusive < d <= endInclusive}.
   *
   * <p>Zero when the two dates are equal. When {@code endInclusive} is before {@code
   * startExclusive} the result is the negated count over the reversed range, {@code
   * -workingDaysBetween(endInclusive, startExclusive)}. Published on 2018-09-25 and reported on
   * 2018-10-12: {@code workingDaysBetween} is 10.
   *
   * @param startExclusive the day before the first day counted (e.g. the day of publication)
   * @param endInclusive the last day counted
   * @return the number of working days in the half-open range
   * @throws CalendarDataMissingException if a counted date lies in a year without data
   */
  public long workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    if (endInclusive.isBefore(startExclusive)) {
      return -workingDaysBetween(endInclusive, startExclusive);
    }
    long count = 0;
    for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Describes the calendar by its covered years, e.g. {@code WorkingDayCalendar[2015-2026]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "WorkingDayCalendar[" + describe(years) + "]";
  }

  private static String describe(SortedSet<Integer> years) {
    if (years.isEmpty()) {
      return "no years";
    }
    StringBuilder sb = new StringBuilder();
    Integer runStart = null;
    Integer prev = null;
    for (Integer y : years) {
      if (prev != null && y != prev + 1) {
        appendRun(sb, runStart, prev);
        runStart = null;
      }
      if (runStart == null) {
        runStart = y;
      }
      prev = y;
    }
    appendRun(sb, Objects.requireNonNull(runStart), Objects.requireNonNull(prev));
    return sb.toString();
  }

  private static void appendRun(StringBuilder sb, int from, int to) {
    if (sb.length() > 0) {
      sb.append(',');
    }
    sb.append(from);
    if (to != from) {
      sb.append('-').append(to);
    }
  }

  private static String readAll(Reader reader) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int r; (r = reader.read(buf)) != -1; ) {
        sb.append(buf, 0, r);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void parseText(
      String text, SortedSet<Integer> years, Map<LocalDate, Boolean> listed) {
    try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
      int number = 0;
      for (String raw; (raw = lines.readLine()) != null; ) {
        number++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("source ")) {
          continue;
        }
        try {
          if (line.startsWith("years ")) {
            parseYears(line.substring("years ".length()).strip(), years);
          } else {
            parseEntry(line, listed);
          }
        } catch (IllegalArgumentException | DateTimeException e) {
          throw new IllegalArgumentException(
              "working-day data line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (years.isEmpty()) {
      throw new IllegalArgumentException("working-day data has no 'years' line");
    }
  }

  private static void parseYears(String spec, SortedSet<Integer> years) {
    for (String item : spec.split(",")) {
      String[] range = item.strip().split("-", -1);
      if (range.length > 2) {
        throw new IllegalArgumentException("bad years item '" + item + "'");
      }
      int from = parseYear(range[0]);
      int to = range.length == 2 ? parseYear(range[1]) : from;
      if (to < from) {
        throw new IllegalArgumentException("empty years range '" + item + "'");
      }
      for (int y = from; y <= to; y++) {
        years.add(y);
      }
    }
  }

  private static int parseYear(String s) {
    if (!s.strip().matches("[0-9]{4}")) {
      throw new IllegalArgumentException("bad year '" + s + "'");
    }
    return Integer.parseInt(s.strip());
  }

  private static void parseEntry(String line, Map<LocalDate, Boolean> listed) {
    String[] parts = line.split("\\s+");
    if (parts.length != 2 || !(parts[1].equals("H") || parts[1].equals("W"))) {
      throw new IllegalArgumentException(
          "expected 'yyyy-MM-dd H' or 'yyyy-MM-dd W': '" + line + "'");
    }
    put(listed, LocalDate.parse(parts[0]), parts[1].equals("W"));
  }

  private static void put(Map<LocalDate, Boolean> listed, LocalDate date, boolean working) {
    Boolean before = listed.put(date, working);
    if (before != null && before != working) {
      throw new IllegalArgumentException(date + " is listed both as holiday and as working day");
    }
  }

  private static void parseJson(
      String text, SortedSet<Integer> years, Map<LocalDate, Boolean> listed) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "working-day JSON is malformed: " + e.getOriginalMessage(), e);
    }
    JsonNode year = root.path("year");
    JsonNode days = root.path("days");
    if (!year.isInt() || !days.isArray()) {
      throw new IllegalArgumentException("working-day JSON needs an int 'year' and a 'days' array");
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "working-day JSON for " + year.intValue() + " lists no days: the year is not announced");
    }
    for (JsonNode day : days) {
      JsonNode date = day.path("date");
      JsonNode off = day.path("isOffDay");
      if (!date.isTextual() || !off.isBoolean()) {
        throw new IllegalArgumentException(
            "working-day JSON day needs 'date' and 'isOffDay': " + day);
      }
      try {
        put(listed, LocalDate.parse(date.textValue()), !off.booleanValue());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("working-day JSON has a bad date: " + date, e);
      }
    }
    years.add(year.intValue());
  }

  /** Loads the shipped calendar on first use. */
  private static final class China {
    static final WorkingDayCalendar CALENDAR = loadShipped();

    private static WorkingDayCalendar loadShipped() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new EparException("working-day resource " + RESOURCE + " is missing from sdk-core");
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        throw new EparException("working-day resource " + RESOURCE + " cannot be read", e);
      }
    }
  }
}
