package org.jixiao.text.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV for spreadsheets, the one writer of every export: RFC 4180 (CRLF, quotes where needed) through Commons CSV,
 * a UTF-8 byte-order mark first so that Excel reads Chinese, and no cell that Excel or LibreOffice would run as a
 * formula. A report's text is hostile input: a target printed "=100%" or a cell "@SUM(…)" is written with a leading
 * apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection); a plain negative number ("-3.3",
 * "-3.3%") stays a number.
 */
public final class SpreadsheetCsv {
  public static final String BOM = "\uFEFF";
  private static final Pattern NUMBER = Pattern.compile("-\\d[\\d,]*(?:\\.\\d+)?%?");

  private SpreadsheetCsv() {}

  /** The whole file's text: BOM, header, one line per row; null cells are empty. */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringBuilder out = new StringBuilder(BOM);
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord(header.stream().map(SpreadsheetCsv::safe).toList());
      for (List<?> row : rows) {
        p.printRecord(row.stream().map(c -> safe(c == null ? null : c.toString())).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /** A cell as a spreadsheet must see it: text that would start a formula gets a leading apostrophe. */
  static String safe(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
        || c == '-' && !NUMBER.matcher(cell).matches();
    return formula ? "'" + cell : cell;
  }
}
