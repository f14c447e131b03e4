package org.jixiao.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.text.csv.SpreadsheetCsv;

/**
 * A result as one sheet, the one shape every CSV and Excel export is written from: headings (Chinese with the
 * field name), cells (numbers stay numbers), and the reports the rows come from, which an Excel file's 说明 sheet
 * names.
 */
public record SheetRows(String sheet, List<String> header, List<? extends List<?>> cells, List<String> reports) {
  public SheetRows {
    header = List.copyOf(header);
    reports = List.copyOf(reports);
  }

  /** The CSV text: UTF-8 BOM, RFC 4180, formula-like cells escaped. */
  public String csv() {
    return SpreadsheetCsv.write(header, cells);
  }

  /** Written whole or not at all. */
  public void writeCsv(Path file) throws IOException {
    AtomicFiles.write(file, csv());
  }

  /** {@code tool} and {@code command} name where the file comes from (its 说明 sheet). */
  public void writeXlsx(Path file, String tool, String command) throws IOException {
    Sheets.writeXlsx(file, sheet, header, cells, new Sheets.About(tool, command, reports));
  }
}
