/**
 * Spreadsheets in and out: Excel (XLSX) templates with Chinese headers, drop-down lists of the
 * Chinese terms and input hints ({@link org.epar.spreadsheet.SpreadsheetTemplate}), and a streaming
 * reader of filled ones, XLSX or CSV in UTF-8 or GBK/GB18030 ({@link
 * org.epar.spreadsheet.SpreadsheetReader}) that reports every problem with its sheet, row and
 * column.
 *
 * <p>XLSX is written with fastexcel and read with fastexcel-reader, CSV with Jackson's CSV
 * dataformat. Reports are not kept in spreadsheets (they are sent with the reporting protocol);
 * every other record type has a sheet.
 */
@NullMarked
package org.epar.spreadsheet;

import org.jspecify.annotations.NullMarked;
