package org.epar.grpc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.ProtoMappingException;

/**
 * Reads the text fields of {@code epar.v1} messages (decimals, dates, date-times, period ids) with
 * their length and exponent checked first, in time linear in at most the first few dozen
 * characters, so no value of any length costs more than a few microseconds. Messages name the field
 * and the problem, never the value.
 */
public final class TextFields {

  /** Longest decimal accepted, in characters. */
  public static final int MAX_DECIMAL_CHARS = 40;

  /** Largest exponent magnitude of a decimal in E-notation. */
  public static final int MAX_DECIMAL_EXPONENT = 30;

  /** Longest date accepted: {@code YYYY-MM-DD}, or a signed year of up to five digits. */
  public static final int MAX_DATE_CHARS = 12;

  /** Longest date-time accepted. */
  public static final int MAX_DATE_TIME_CHARS = 64;

  /** Longest reporting period id accepted. */
  public static final int MAX_PERIOD_CHARS = 16;

  private TextFields() {}

  /**
   * A decimal: {@code [+-]digits[.digits][(e|E)[+-]digits]} of at most {@value #MAX_DECIMAL_CHARS}
   * characters, with an exponent of at most ±{@value #MAX_DECIMAL_EXPONENT}.
   *
   * @param text the text
   * @param field the proto field, for the error
   * @return the decimal, its scale kept
   * @throws ProtoMappingException if it is longer, has a larger exponent or is not a decimal
   */
  public static BigDecimal decimal(String text, String field) {
    if (text.length() > MAX_DECIMAL_CHARS) {
      throw new ProtoMappingException(
          field, "a decimal of more than " + MAX_DECIMAL_CHARS + " characters", null);
    }
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      throw new ProtoMappingException(field, "not a decimal number", null);
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 1_000);
        i++;
      }
      if (i == start) {
        throw new ProtoMappingException(field, "not a decimal number", null);
      }
      if (exponent > MAX_DECIMAL_EXPONENT) {
        throw new ProtoMappingException(
            field, "a decimal exponent beyond ±" + MAX_DECIMAL_EXPONENT, null);
      }
    }
    if (i != n) {
      throw new ProtoMappingException(field, "not a decimal number", null);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ProtoMappingException(field, "not a decimal number", e);
    }
  }

  /**
   * An ISO-8601 date of at most {@value #MAX_DATE_CHARS} characters.
   *
   * @param text the text
   * @param field the proto field, for the error
   * @return the date
   * @throws ProtoMappingException if it is longer or not a date
   */
  public static LocalDate date(String text, String field) {
    if (text.length() > MAX_DATE_CHARS) {
      throw new ProtoMappingException(field, "not an ISO-8601 date (YYYY-MM-DD)", null);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProtoMappingException(field, "not an ISO-8601 date (YYYY-MM-DD)", e);
    }
  }

  /**
   * An ISO-8601 date-time with offset of at most {@value #MAX_DATE_TIME_CHARS} characters.
   *
   * @param text the text
   * @param field the proto field, for the error
   * @return the date-time
   * @throws ProtoMappingException if it is longer or not a date-time with offset
   */
  public static OffsetDateTime dateTime(String text, String field) {
    if (text.length() > MAX_DATE_TIME_CHARS) {
      throw new ProtoMappingException(field, "not an ISO-8601 date-time with offset", null);
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProtoMappingException(field, "not an ISO-8601 date-time with offset", e);
    }
  }

  /**
   * A reporting period id of at most {@value #MAX_PERIOD_CHARS} characters.
   *
   * @param text the text
   * @param field the proto field, for the error
   * @return the period
   * @throws ProtoMappingException if it is longer or not a period id
   */
  public static ReportingPeriod period(String text, String field) {
    if (text.length() > MAX_PERIOD_CHARS) {
      throw new ProtoMappingException(field, "not a reporting period id", null);
    }
    try {
      return ReportingPeriod.parse(text);
    } catch (RuntimeException e) {
      throw new ProtoMappingException(field, "not a reporting period id", e);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
