package org.epar.spreadsheet.internal;

/** How a column's cells are written and read. */
public enum Kind {
  /** Free text. */
  TEXT,
  /** An identifier record with one {@code String raw} component, kept as typed, valid or not. */
  IDENTIFIER,
  /** An enumeration written as its Chinese term; read from the term or the constant name. */
  ENUM,
  /** 是/否. */
  BOOLEAN,
  /** A whole number. */
  INT,
  /** A decimal number. */
  DECIMAL,
  /** An amount in yuan with at most two decimals. */
  MONEY,
  /** An ISO date, or an Excel date. */
  DATE,
  /** An ISO date-time with offset. */
  DATE_TIME
}
