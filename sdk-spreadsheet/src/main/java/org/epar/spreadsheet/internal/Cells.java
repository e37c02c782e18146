package org.epar.spreadsheet.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.epar.core.id.Identifier;
import org.epar.core.model.Terms;
import org.epar.core.money.Money;
import org.epar.spreadsheet.SpreadsheetProblem.Reason;
import org.jspecify.annotations.Nullable;

/** Converts values to cell text and cell text back to values. */
public final class Cells {

  /** Separator written between the values of a list or set. */
  public static final String SEPARATOR = "、";

  private static final Pattern SPLIT = Pattern.compile("[、,，;；\\n]");

  /** 2017-05-01, and with the slashes or dots of Chinese spreadsheets: 2017/5/1, 2017.5.1. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Cells() {}

  /**
   * The outcome of reading a cell: a value, or a reason it has none.
   *
   * @param value the value (null for an empty optional cell)
   * @param reason why the cell could not be read; null when it could
   * @param detail what was expected, without personal data
   */
  public record Read(@Nullable Object value, @Nullable Reason reason, String detail) {
    static Read ok(@Nullable Object value) {
      return new Read(value, null, "");
    }

    static Read bad(Reason reason, String detail) {
      return new Read(null, reason, detail);
    }

    /**
     * @return whether the cell was read
     */
    public boolean ok() {
      return reason == null;
    }
  }

  /**
   * The text of a value in a cell: Chinese terms for enumerations, 是/否, plain numbers, ISO dates,
   * the raw text of identifiers, 、 between the values of a collection.
   *
   * @param column the column
   * @param value the value; null gives an empty cell
   * @return the text
   */
  public static String text(Column column, @Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (column.multi() && value instanceof Collection<?> c) {
      return c.stream().map(v -> one(column.kind(), v)).collect(Collectors.joining(SEPARATOR));
    }
    return one(column.kind(), value);
  }

  private static String one(Kind kind, Object value) {
    return switch (kind) {
      case ENUM -> Terms.termZh((Enum<?>) value);
      case BOOLEAN -> Boolean.TRUE.equals(value) ? "是" : "否";
      case IDENTIFIER -> ((Identifier) value).raw();
      case MONEY -> ((Money) value).toBigDecimal().toPlainString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }

  /**
   * Reads a cell into a value of the column's type.
   *
   * @param column the column
   * @param cell the cell
   * @return the value, or the reason there is none
   */
  public static Read read(Column column, RawCell cell) {
    if (cell.error()) {
      return Read.bad(Reason.CELL_ERROR, "");
    }
    String text = strip(cell.text());
    if (column.multi()) {
      List<Object> values = new ArrayList<>();
      if (!text.isEmpty()) {
        for (String part : SPLIT.split(text)) {
          String p = strip(part);
          if (p.isEmpty()) {
            continue;
          }
          Read r = one(column, new RawCell(p, false, false), p);
          if (!r.ok()) {
            return r;
          }
          values.add(r.value());
        }
      }
      return Read.ok(values);
    }
    if (text.isEmpty()) {
      return Read.ok(null);
    }
    return one(column, cell, text);
  }

  private static Read one(Column column, RawCell cell, String text) {
    Class<?> type = column.valueType();
    switch (column.kind()) {
      case TEXT:
        return Read.ok(cell.numeric() ? plainNumber(text) : text);
      case IDENTIFIER:
        if (cell.numeric()) {
          Optional<String> digits = exactDigits(text);
          if (digits.isEmpty()) {
            return Read.bad(Reason.NUMBER_AS_IDENTIFIER, "");
          }
          text = digits.get();
        }
        return Read.ok(identifier(type, text));
      case ENUM:
        return enumValue(type, text);
      case BOOLEAN:
        return yesNo(text);
      case INT:
        try {
          BigDecimal d = new BigDecimal(text);
          int v = d.intValueExact();
          return Read.ok(type == long.class || type == Long.class ? (Object) (long) v : (Object) v);
        } catch (NumberFormatException | ArithmeticException e) {
          return Read.bad(Reason.NOT_AN_INTEGER, "");
        }
      case DECIMAL:
        try {
          return Read.ok(new BigDecimal(text));
        } catch (NumberFormatException e) {
          return Read.bad(Reason.NOT_A_NUMBER, "");
        }
      case MONEY:
        try {
          BigDecimal d = new BigDecimal(text);
          if (d.stripTrailingZeros().scale() > 2) {
            return Read.bad(Reason.NOT_MONEY, "");
          }
          return Read.ok(Money.of(d));
        } catch (NumberFormatException | ArithmeticException e) {
          return Read.bad(Reason.NOT_MONEY, "");
        }
      case DATE:
        return date(cell, text);
      case DATE_TIME:
        try {
          return Read.ok(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
          return Read.bad(Reason.NOT_A_DATE_TIME, "");
        }
      default:
        throw new IllegalStateException("kind " + column.kind());
    }
  }

  private static Read date(RawCell cell, String text) {
    if (cell.numeric()) {
      try {
        BigDecimal serial = new BigDecimal(text);
        long days = serial.longValue();
        if (days < 1 || days > 2958465) {
          return Read.bad(Reason.NOT_A_DATE, "");
        }
        return Read.ok(EXCEL_EPOCH.plusDays(days));
      } catch (NumberFormatException e) {
        return Read.bad(Reason.NOT_A_DATE, "");
      }
    }
    String t = text.replace('/', '-').replace('.', '-');
    try {
      return Read.ok(LocalDate.parse(t, DATE));
    } catch (DateTimeParseException e) {
      return Read.bad(Reason.NOT_A_DATE, "");
    }
  }

  private static Read yesNo(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "是", "true", "1", "y", "yes", "√", "有":
        return Read.ok(Boolean.TRUE);
      case "否", "false", "0", "n", "no", "×", "无":
        return Read.ok(Boolean.FALSE);
      default:
        return Read.bad(Reason.NOT_YES_NO, "");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Read enumValue(Class<?> type, String text) {
    Class<Enum> e = (Class<Enum>) type;
    Optional<Enum> term = Terms.fromZh(e, text);
    if (term.isPresent()) {
      return Read.ok(term.get());
    }
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
        return Read.ok(c);
      }
    }
    String allowed = String.join(SEPARATOR, terms(type));
    return Read.bad(Reason.UNKNOWN_TERM, allowed);
  }

  /**
   * The Chinese terms of an enumeration, in declaration order.
   *
   * @param enumType an enumeration with {@code termZh()}
   * @return its terms
   */
  public static List<String> terms(Class<?> enumType) {
    List<String> terms = new ArrayList<>();
    for (Object c : enumType.getEnumConstants()) {
      terms.add(Terms.termZh((Enum<?>) c));
    }
    return terms;
  }

  private static Object identifier(Class<?> type, String raw) {
    try {
      Constructor<?> c = type.getDeclaredConstructor(String.class);
      return c.newInstance(raw);
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** The digits of a number cell when it kept every digit: an integer of at most 15 digits. */
  private static Optional<String> exactDigits(String text) {
    try {
      BigDecimal d = new BigDecimal(text).stripTrailingZeros();
      if (d.scale() > 0 || d.signum() < 0) {
        return Optional.empty();
      }
      String plain = d.toPlainString();
      // Excel keeps 15 significant digits; a longer number has lost its last ones
      return d.precision() > 15
              || text.toUpperCase(Locale.ROOT).contains("E") && d.precision() >= 15
          ? Optional.empty()
          : Optional.of(plain);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String plainNumber(String text) {
    try {
      return new BigDecimal(text).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /**
   * The text without surrounding white space, including U+3000, U+00A0 and a byte-order mark.
   *
   * @param s the text
   * @return the stripped text
   */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && blank(s.charAt(start))) {
      start++;
    }
    while (end > start && blank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u3000';
  }

  /**
   * The column letters of a 0-based index: 0 is {@code A}, 26 is {@code AA}.
   *
   * @param index the 0-based column index
   * @return the letters
   */
  public static String letters(int index) {
    StringBuilder sb = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }
}
