package org.epar.spreadsheet;

/**
 * What a read gave: how many records went to the consumer and how many problems were reported.
 *
 * @param records records delivered
 * @param problems problems reported
 * @param encoding the character set a CSV file was read in ({@code UTF-8} or {@code GB18030}); for
 *     a workbook, {@code xlsx}
 * @since 0.1.0
 */
public record ReadSummary(long records, long problems, String encoding) {

  /**
   * Whether nothing was wrong.
   *
   * @return true when no problem was reported
   */
  public boolean clean() {
    return problems == 0;
  }
}
